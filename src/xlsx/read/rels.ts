/** Relationship parts (.rels) and [Content_Types].xml, read with any prefix. */
import type { ZipArchive } from '../zip/archive';
import { resolveTarget } from '../package/opc';
import { parseXml } from './xml';

const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT_TYPES = 'http://schemas.openxmlformats.org/package/2006/content-types';

export interface Rel {
  type: string;
  /** The target resolved to a part name, or the raw target when external. */
  part: string;
  external: boolean;
}

/** The relationships of `source`, by id; empty when the part has none. */
export async function readRels(
  archive: ZipArchive,
  source: string,
  label: string,
): Promise<Map<string, Rel>> {
  const dir = source.includes('/') ? source.slice(0, source.lastIndexOf('/') + 1) : '';
  const relsPart = `${dir}_rels/${source.slice(dir.length)}.rels`;
  const rels = new Map<string, Rel>();
  if (!archive.has(relsPart)) return rels;
  await parseXml(
    await archive.read(relsPart),
    {
      open(name, attrs) {
        if (name !== 'Relationship') return;
        const external = attrs.TargetMode === 'External';
        const target = attrs.Target ?? '';
        rels.set(attrs.Id ?? '', {
          type: attrs.Type ?? '',
          part: external ? target : resolveTarget(source, target),
          external,
        });
      },
    },
    label,
    relsPart,
    PACKAGE_RELATIONSHIPS,
  );
  return rels;
}

export interface ContentTypeMap {
  of(part: string): string | undefined;
}

export async function readContentTypes(archive: ZipArchive, label: string): Promise<ContentTypeMap> {
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  await parseXml(
    await archive.read('[Content_Types].xml'),
    {
      open(name, attrs) {
        if (name === 'Default') defaults.set((attrs.Extension ?? '').toLowerCase(), attrs.ContentType ?? '');
        if (name === 'Override')
          overrides.set((attrs.PartName ?? '').replace(/^\//, '').toLowerCase(), attrs.ContentType ?? '');
      },
    },
    label,
    '[Content_Types].xml',
    CONTENT_TYPES,
  );
  return {
    of(part) {
      const key = part.toLowerCase();
      return overrides.get(key) ?? defaults.get(key.slice(key.lastIndexOf('.') + 1));
    },
  };
}
