/**
 * Appends the cell formats the tracker's sheets need to an existing xl/styles.xml.
 * Append only: existing fonts, fills, borders, number formats and cell formats keep their indexes.
 * An entry identical to one already there (e.g. from an earlier run) is reused, so running the
 * summary again does not make styles.xml grow.
 */
import type { CellStyle } from '../../core/sheet-spec';
import { InternalError } from '../../core/errors';
import { damaged } from './damaged';
import { escapeXml, findElement, findElements, rootPrefix, setAttribute, splice } from './xml-util';

/** Number formats Excel knows by id without a <numFmt> (locale-independent ones only). */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '# ?/?': 12,
  '# ??/??': 13,
  'h:mm AM/PM': 18,
  'h:mm:ss AM/PM': 19,
  'h:mm': 20,
  'h:mm:ss': 21,
  'mm:ss': 45,
  '[h]:mm:ss': 46,
  'mmss.0': 47,
  '##0.0E+0': 48,
  '@': 49,
};

export const MINIMAL_STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  '</styleSheet>';

/** Order of the children of <styleSheet> in the schema. */
const STYLE_SHEET_ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];

type Collection = 'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellXfs' | 'dxfs';
const CHILD: Record<Collection, string> = {
  numFmts: 'numFmt',
  fonts: 'font',
  fills: 'fill',
  borders: 'border',
  cellXfs: 'xf',
  dxfs: 'dxf',
};

/** '#RRGGBB' → 'FFRRGGBB'. */
export function argb(colour: string, what: string): string {
  const m = /^#?([0-9a-fA-F]{6})$/.exec(colour.trim());
  if (!m) throw new InternalError(`${what} "${colour}" is not a colour of the form #RRGGBB.`);
  return `FF${m[1].toUpperCase()}`;
}

function normalise(xml: string): string {
  return xml.replace(/>\s+</g, '><').trim();
}

export class StyleBook {
  private xml: string;
  private readonly p: string;
  private readonly cache = new Map<string, number>();
  private defaultFont: { sz?: string; color?: string; name?: string; family?: string; scheme?: string } = {};
  private hasCellStyleXf = false;
  private changed = false;

  constructor(stylesXml: string) {
    const prefix = rootPrefix(stylesXml, 'styleSheet');
    if (prefix === undefined) throw damaged('xl/styles.xml has no <styleSheet> element');
    this.xml = stylesXml;
    this.p = prefix;
    const fonts = this.block('fonts');
    const font0 = fonts ? findElement(this.xml, `${this.p}font`, fonts.inner, fonts.innerEnd) : undefined;
    if (font0) {
      const get = (name: string): string | undefined =>
        findElement(font0.text, `${this.p}${name}`)?.attrs.get('val');
      this.defaultFont = {
        sz: get('sz'),
        name: get('name'),
        family: get('family'),
        scheme: get('scheme'),
        color: findElement(font0.text, `${this.p}color`)?.text,
      };
    }
    const csx = this.block('cellStyleXfs');
    this.hasCellStyleXf = !!csx && findElements(this.xml, `${this.p}xf`, csx.inner, csx.innerEnd).length > 0;
  }

  get text(): string {
    return this.xml;
  }

  get modified(): boolean {
    return this.changed;
  }

  /** The cellXfs index for a style; 0 (the workbook's default) when the style asks for nothing. */
  cellFormat(style: CellStyle | undefined): number {
    if (!style) return 0;
    const key = JSON.stringify([
      style.bold ?? false,
      style.italic ?? false,
      style.size ?? null,
      style.fill ?? null,
      style.fontColour ?? null,
      style.numberFormat ?? null,
      style.wrap ?? false,
      style.align ?? null,
      style.border ?? false,
    ]);
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;

    const wantsFont = !!(style.bold || style.italic || style.size !== undefined || style.fontColour);
    const numFmtId = style.numberFormat !== undefined ? this.numFmt(style.numberFormat) : 0;
    const fontId = wantsFont ? this.font(style) : 0;
    const fillId = style.fill ? this.fill(style.fill) : 0;
    const borderId = style.border ? this.border() : 0;
    const wantsAlignment = !!(style.wrap || style.align);

    if (numFmtId === 0 && fontId === 0 && fillId === 0 && borderId === 0 && !wantsAlignment) {
      this.cache.set(key, 0);
      return 0;
    }
    let xf = `<${this.p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}"`;
    if (this.hasCellStyleXf) xf += ' xfId="0"';
    if (numFmtId !== 0) xf += ' applyNumberFormat="1"';
    if (fontId !== 0) xf += ' applyFont="1"';
    if (fillId !== 0) xf += ' applyFill="1"';
    if (borderId !== 0) xf += ' applyBorder="1"';
    if (wantsAlignment) {
      xf += ' applyAlignment="1">';
      xf += `<${this.p}alignment`;
      if (style.align) xf += ` horizontal="${style.align}"`;
      if (style.wrap) xf += ' wrapText="1"';
      xf += `/></${this.p}xf>`;
    } else {
      xf += '/>';
    }
    const id = this.add('cellXfs', xf);
    this.cache.set(key, id);
    return id;
  }

  /**
   * The <dxfs> index of a differential format (what a conditional format applies): a solid fill and,
   * optionally, a font colour. Written as Excel writes its own (the fill colour in <bgColor>); an
   * identical existing entry is reused.
   */
  differentialFormat(fill: string, fontColour?: string): number {
    const p = this.p;
    let xml = `<${p}dxf>`;
    if (fontColour) xml += `<${p}font><${p}color rgb="${argb(fontColour, 'Font colour')}"/></${p}font>`;
    xml += `<${p}fill><${p}patternFill><${p}bgColor rgb="${argb(fill, 'Fill')}"/></${p}patternFill></${p}fill>`;
    xml += `</${p}dxf>`;
    return this.add('dxfs', xml);
  }

  private numFmt(code: string): number {
    if (code === '') return 0;
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    const block = this.block('numFmts');
    let maxId = 163;
    if (block) {
      for (const el of findElements(this.xml, `${this.p}numFmt`, block.inner, block.innerEnd)) {
        const id = Number(el.attrs.get('numFmtId'));
        if (el.attrs.get('formatCode') === code && Number.isInteger(id)) return id;
        if (Number.isInteger(id)) maxId = Math.max(maxId, id);
      }
    }
    const id = maxId + 1;
    this.add('numFmts', `<${this.p}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  private font(style: CellStyle): number {
    const p = this.p;
    const d = this.defaultFont;
    let xml = `<${p}font>`;
    if (style.bold) xml += `<${p}b/>`;
    if (style.italic) xml += `<${p}i/>`;
    const size = style.size !== undefined ? String(style.size) : d.sz;
    if (style.size !== undefined && !(style.size > 0 && style.size <= 409)) {
      throw new InternalError(`Font size ${style.size} is not between 1 and 409 points.`);
    }
    if (size) xml += `<${p}sz val="${escapeXml(size)}"/>`;
    if (style.fontColour) xml += `<${p}color rgb="${argb(style.fontColour, 'Font colour')}"/>`;
    else if (d.color) xml += d.color;
    if (d.name) xml += `<${p}name val="${escapeXml(d.name)}"/>`;
    if (d.family) xml += `<${p}family val="${escapeXml(d.family)}"/>`;
    if (d.scheme) xml += `<${p}scheme val="${escapeXml(d.scheme)}"/>`;
    xml += `</${p}font>`;
    return this.add('fonts', xml);
  }

  private fill(colour: string): number {
    const p = this.p;
    return this.add(
      'fills',
      `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(colour, 'Fill')}"/>` +
        `<${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
    );
  }

  private border(): number {
    const p = this.p;
    const side = (s: string): string => `<${p}${s} style="thin"><${p}color indexed="64"/></${p}${s}>`;
    return this.add(
      'borders',
      `<${p}border>${side('left')}${side('right')}${side('top')}${side('bottom')}<${p}diagonal/></${p}border>`,
    );
  }

  /** Start/end of a collection's children, or undefined when the collection is absent. */
  private block(
    name: string,
  ): { el: { start: number; end: number; startTag: string }; inner: number; innerEnd: number } | undefined {
    const el = findElement(this.xml, `${this.p}${name}`);
    if (!el) return undefined;
    if (el.startTag.endsWith('/>')) return { el, inner: el.end, innerEnd: el.end };
    return { el, inner: el.innerStart, innerEnd: el.innerEnd };
  }

  /** Index of an identical existing entry, or of the newly appended one. */
  private add(collection: Collection, entry: string): number {
    const p = this.p;
    let block = this.block(collection);
    if (!block) {
      this.insertCollection(collection);
      block = this.block(collection);
      if (!block) throw new InternalError(`<${collection}> was just added to styles.xml but is not there.`);
    }
    const children = findElements(this.xml, `${p}${CHILD[collection]}`, block.inner, block.innerEnd);
    if (collection !== 'numFmts') {
      const wanted = normalise(entry);
      const same = children.findIndex((c) => normalise(c.text) === wanted);
      if (same >= 0) return same;
    }
    const count = children.length + 1;
    let startTag = setAttribute(block.el.startTag, 'count', String(count));
    let replacement: string;
    if (startTag.endsWith('/>')) {
      startTag = startTag.slice(0, -2).replace(/\s+$/, '') + '>';
      replacement = `${startTag}${entry}</${p}${collection}>`;
    } else {
      const inner = this.xml.slice(block.inner, block.innerEnd);
      replacement = `${startTag}${inner}${entry}</${p}${collection}>`;
    }
    this.xml = splice(this.xml, block.el.start, block.el.end, replacement);
    this.changed = true;
    return collection === 'numFmts' ? -1 : children.length;
  }

  private insertCollection(collection: Collection): void {
    const p = this.p;
    const order = STYLE_SHEET_ORDER.indexOf(collection);
    let at: number | undefined;
    for (const later of STYLE_SHEET_ORDER.slice(order + 1)) {
      const el = findElement(this.xml, `${p}${later}`);
      if (el) {
        at = el.start;
        break;
      }
    }
    if (at === undefined) {
      at = this.xml.lastIndexOf(`</${p}styleSheet>`);
      if (at < 0) throw damaged('xl/styles.xml has no closing </styleSheet>');
    }
    const empty = `<${p}${collection} count="0"/>`;
    this.xml = splice(this.xml, at, at, empty);
    // A workbook needs the two reserved fills and a default font/border/format before ours.
    if (collection === 'fills') {
      this.add('fills', `<${p}fill><${p}patternFill patternType="none"/></${p}fill>`);
      this.add('fills', `<${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`);
    } else if (collection === 'fonts') {
      this.add(
        'fonts',
        `<${p}font><${p}sz val="11"/><${p}name val="Calibri"/><${p}family val="2"/></${p}font>`,
      );
    } else if (collection === 'borders') {
      this.add(
        'borders',
        `<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border>`,
      );
    } else if (collection === 'cellXfs') {
      this.add('cellXfs', `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`);
    }
  }
}
