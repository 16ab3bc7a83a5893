/**
 * manifest.xml against itself and the repository: well-formed, every resid resolves (to the right kind of
 * resource), every URL is https, every icon exists at the size it claims, every ExecuteFunction is
 * registered by the function file, and the webpack build serves what the manifest points at.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const ROOT = resolve(__dirname, '..', '..');
const MANIFEST_XML = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

/** Every ExcelApi requirement set Microsoft has published. */
const KNOWN_EXCEL_API_VERSIONS = Array.from({ length: 20 }, (_, i) => `1.${i + 1}`);

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: XmlElement[];
  path: string[];
}

/** Parses the manifest into a plain element tree (namespace prefixes kept, e.g. "bt:Image"). */
function parseManifest(xml: string): XmlElement {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
  });
  type Node = Record<string, unknown> & { ':@'?: Record<string, string> };
  const convert = (node: Node, path: string[]): XmlElement | undefined => {
    const name = Object.keys(node).find((k) => k !== ':@');
    if (!name || name === '#text' || name === '?xml' || name === '#comment') return undefined;
    const kids = (node[name] as Node[]) ?? [];
    const element: XmlElement = {
      name,
      attrs: node[':@'] ?? {},
      text: '',
      children: [],
      path: [...path, name],
    };
    for (const kid of kids) {
      if ('#text' in kid) element.text += String(kid['#text']);
      const child = convert(kid, element.path);
      if (child) element.children.push(child);
    }
    return element;
  };
  const top = (parser.parse(xml) as Node[]).map((n) => convert(n, [])).filter((e) => e !== undefined);
  expect(top).toHaveLength(1);
  return top[0]!;
}

function* walk(element: XmlElement): Generator<XmlElement> {
  yield element;
  for (const child of element.children) yield* walk(child);
}

const manifest = parseManifest(MANIFEST_XML);
const all = [...walk(manifest)];
const named = (name: string) => all.filter((e) => e.name === name);
const child = (e: XmlElement, name: string) => e.children.find((c) => c.name === name);
const one = (name: string) => {
  const found = named(name);
  expect(found).toHaveLength(1);
  return found[0];
};

/** Resources by id, with the kind of each (Images, Urls, ShortStrings, LongStrings). */
const resources = new Map<string, { kind: string; value: string }>();
for (const group of ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings']) {
  for (const container of named(group)) {
    for (const item of container.children)
      resources.set(item.attrs.id, { kind: group, value: item.attrs.DefaultValue });
  }
}

/** "https://localhost:3000/assets/icon-16.png" → "<root>/assets/icon-16.png". */
function assetFile(url: string): string {
  const { pathname } = new URL(url);
  expect(pathname.startsWith('/assets/')).toBe(true);
  return join(ROOT, pathname);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  test('is well-formed XML with an OfficeApp task-pane root', () => {
    expect(XMLValidator.validate(MANIFEST_XML)).toBe(true);
    expect(manifest.name).toBe('OfficeApp');
    expect(manifest.attrs['xsi:type']).toBe('TaskPaneApp');
  });

  test('describes Plan Tracker for Excel workbooks', () => {
    expect(one('Id').text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(one('DisplayName').attrs.DefaultValue).toBe('Plan Tracker');
    expect(one('DefaultLocale').text).toBe('en-GB');
    expect(one('ProviderName').text).not.toBe('');
    expect(child(manifest, 'Description')?.attrs.DefaultValue).toMatch(/improvement plan/);
    expect(child(child(manifest, 'Hosts')!, 'Host')?.attrs.Name).toBe('Workbook');
    expect(one('Permissions').text).toBe('ReadWriteDocument');
    expect(child(one('DefaultSettings'), 'SourceLocation')?.attrs.DefaultValue).toBe(
      'https://localhost:3000/taskpane.html',
    );
  });

  test('asks for a known ExcelApi requirement set, 1.7', () => {
    const sets = named('Set').filter((s) => s.attrs.Name === 'ExcelApi');
    expect(sets).toHaveLength(1);
    expect(KNOWN_EXCEL_API_VERSIONS).toContain(sets[0].attrs.MinVersion);
    expect(sets[0].attrs.MinVersion).toBe('1.7');
  });

  test('every resid resolves to a resource of the right kind, and resource ids are unique', () => {
    const ids = ['bt:Image', 'bt:Url', 'bt:String'].flatMap((n) => named(n).filter((e) => e.attrs.id));
    expect(new Set(ids.map((e) => e.attrs.id)).size).toBe(ids.length);

    const uses = all.filter((e) => e.attrs.resid !== undefined);
    expect(uses.length).toBeGreaterThan(10);
    const expectedKind = (e: XmlElement): string => {
      if (e.name === 'bt:Image') return 'bt:Images';
      if (['SourceLocation', 'FunctionFile', 'LearnMoreUrl'].includes(e.name)) return 'bt:Urls';
      if (e.name === 'Description') return 'bt:LongStrings';
      return 'bt:ShortStrings'; // Label, Title
    };
    for (const use of uses) {
      const resource = resources.get(use.attrs.resid);
      expect({ resid: use.attrs.resid, kind: resource?.kind }).toEqual({
        resid: use.attrs.resid,
        kind: expectedKind(use),
      });
    }
  });

  test('every URL is https', () => {
    const urls = [
      ...all.filter((e) => e.attrs.DefaultValue?.includes('://')).map((e) => e.attrs.DefaultValue),
      ...named('AppDomain').map((e) => e.text),
    ];
    for (const name of ['SourceLocation', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) {
      expect(all.some((e) => e.name === name && e.attrs.DefaultValue)).toBe(true);
    }
    expect(named('AppDomain').length).toBeGreaterThan(0);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url).toMatch(/^https:\/\/[^\s/]+/);
  });

  test('every image exists in assets/ at the size its id and its uses say', () => {
    const images = named('bt:Image').filter((e) => e.attrs.id);
    expect(images.length).toBeGreaterThanOrEqual(6);
    for (const image of images) {
      const size = Number(/(\d+)x\1$/.exec(image.attrs.id)?.[1]);
      expect(size).toBeGreaterThan(0);
      const file = assetFile(image.attrs.DefaultValue);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
      for (const use of named('bt:Image').filter((e) => e.attrs.resid === image.attrs.id)) {
        expect(Number(use.attrs.size)).toBe(size);
      }
    }
    const icon = (name: string) => pngSize(assetFile(one(name).attrs.DefaultValue));
    expect(icon('IconUrl')).toEqual({ width: 32, height: 32 });
    expect(icon('HighResolutionIconUrl')).toEqual({ width: 64, height: 64 });
    expect(pngSize(join(ROOT, 'assets', 'icon-128.png'))).toEqual({ width: 128, height: 128 });
  });

  test('the group and both buttons have 16, 32 and 80 px icons', () => {
    const iconSizes = (e: XmlElement) =>
      child(e, 'Icon')
        ?.children.map((i) => i.attrs.size)
        .sort((a, b) => Number(a) - Number(b));
    const group = one('Group');
    expect(iconSizes(group)).toEqual(['16', '32', '80']);
    for (const control of named('Control')) expect(iconSizes(control)).toEqual(['16', '32', '80']);
  });

  test('puts a Plan Tracker group with the two buttons on the Home tab', () => {
    const tab = one('OfficeTab');
    expect(tab.attrs.id).toBe('TabHome');
    expect(one('ExtensionPoint').attrs['xsi:type']).toBe('PrimaryCommandSurface');
    const label = (e: XmlElement) => resources.get(child(e, 'Label')!.attrs.resid)?.value;
    const group = child(tab, 'Group')!;
    expect(label(group)).toBe('Plan Tracker');

    const controls = group.children.filter((c) => c.name === 'Control');
    expect(controls.map((c) => [c.attrs['xsi:type'], label(c)])).toEqual([
      ['Button', 'Open Plan Tracker'],
      ['Button', 'Refresh RAG summary'],
    ]);
    const [open, refresh] = controls.map((c) => child(c, 'Action')!);
    expect(open.attrs['xsi:type']).toBe('ShowTaskpane');
    expect(child(open, 'TaskpaneId')?.text).toBe('ButtonId1');
    expect(resources.get(child(open, 'SourceLocation')!.attrs.resid)?.value).toBe(
      'https://localhost:3000/taskpane.html',
    );
    expect(refresh.attrs['xsi:type']).toBe('ExecuteFunction');
    expect(child(refresh, 'FunctionName')?.text).toBe('refreshRagSummary');
    expect(resources.get(one('FunctionFile').attrs.resid)?.value).toBe(
      'https://localhost:3000/commands.html',
    );
  });

  test('every ExecuteFunction FunctionName is registered with Office.actions.associate in src/commands', () => {
    const dir = join(ROOT, 'src', 'commands');
    const source = readdirSync(dir)
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    const names = named('Action')
      .filter((a) => a.attrs['xsi:type'] === 'ExecuteFunction')
      .map((a) => child(a, 'FunctionName')!.text);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(source).toContain(`Office.actions.associate('${name}'`);
  });
});

describe('webpack.config.js serves what the manifest points at', () => {
  type Config = {
    entry: Record<string, string>;
    plugins: { userOptions?: { filename?: string; template?: string } }[];
    devServer: { port: number; server: { type: string } };
  };
  const factory = createRequire(__filename)(join(ROOT, 'webpack.config.js')) as (
    env: object,
    argv: { mode: string },
  ) => Config;
  const config = factory({}, { mode: 'production' });

  test('entries and HTML templates exist, and each page loads Office.js from the CDN', () => {
    for (const entry of Object.values(config.entry)) expect(existsSync(join(ROOT, entry))).toBe(true);
    const pages = config.plugins.map((p) => p.userOptions).filter((o) => o?.filename?.endsWith('.html'));
    expect(pages.map((p) => p!.filename).sort()).toEqual(['commands.html', 'taskpane.html']);
    for (const page of pages) {
      const html = readFileSync(join(ROOT, page!.template!), 'utf8');
      expect(html).toContain('src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"');
    }
  });

  test('every localhost URL in the manifest is on the https dev server port', () => {
    expect(config.devServer.server.type).toBe('https');
    const local = all
      .map((e) => e.attrs.DefaultValue)
      .filter((v) => v?.startsWith('https://localhost'))
      .map((v) => new URL(v));
    expect(local.length).toBeGreaterThan(0);
    for (const url of local) expect(Number(url.port)).toBe(config.devServer.port);
  });
});
