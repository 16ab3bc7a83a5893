/**
 * XML for the reader: saxes (https://github.com/lddubeau/saxes), a conforming streaming parser, fed
 * text decoded from the zip a chunk at a time, so a large part is never held whole in memory.
 *
 * SpreadsheetML may be written with a prefix (`<x:worksheet xmlns:x="…">`). Every part handler works on
 * local names of elements in the part's main namespace: the prefix that namespace has on the root
 * element decides which elements count, so an extension's element with the same local name does not.
 */
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { UserError } from '../../core/errors';

export const SPREADSHEETML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const STRICT_SPREADSHEETML = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
export const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const DRAWINGML = 'http://schemas.openxmlformats.org/drawingml/2006/main';

export type Attributes = Record<string, string>;

export interface XmlHandler {
  /** `name` is the local name when the element is in the main namespace, otherwise undefined. */
  open(name: string | undefined, attrs: Attributes, tag: SaxesTagPlain): void;
  close?(name: string | undefined): void;
  text?(text: string): void;
}

/** Names the document's main namespace, given the root element's declarations. */
export type MainNamespace = string | ((declared: string[]) => string | undefined);

function damaged(label: string, part: string): UserError {
  return new UserError(
    `${label} is damaged: its part ${part} is not well-formed XML. Try opening it in Excel and saving a fresh copy.`,
    'unreadable',
  );
}

/**
 * Parses one XML part from a stream or text. The main namespace's prefix is taken from the root
 * element (`''` or e.g. `'x:'`); elements under another prefix are passed with name undefined.
 */
export async function parseXml(
  source: Readable | string | Buffer,
  handler: XmlHandler,
  label: string,
  part: string,
  namespace: MainNamespace = SPREADSHEETML,
): Promise<void> {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  let prefix: string | undefined;
  let prefixLength = 0;
  parser.on('opentag', (tag) => {
    const qname = tag.name;
    if (prefix === undefined) {
      // The root element: find which prefix, if any, it binds to the main namespace.
      const declared: string[] = [];
      for (const [k, v] of Object.entries(tag.attributes)) {
        if (k === 'xmlns') declared.push(v);
        else if (k.startsWith('xmlns:')) declared.push(v);
      }
      const ns = typeof namespace === 'string' ? namespace : (namespace(declared) ?? '');
      prefix = '';
      for (const [k, v] of Object.entries(tag.attributes)) {
        if (v !== ns) continue;
        if (k === 'xmlns') {
          prefix = '';
          break;
        }
        if (k.startsWith('xmlns:')) prefix = `${k.slice(6)}:`;
      }
      prefixLength = prefix.length;
    }
    handler.open(localName(qname, prefix, prefixLength), tag.attributes, tag);
  });
  if (handler.close) {
    const close = handler.close.bind(handler);
    parser.on('closetag', (tag) => close(localName(tag.name, prefix ?? '', prefixLength)));
  }
  if (handler.text) {
    const text = handler.text.bind(handler);
    parser.on('text', text);
    parser.on('cdata', text);
  }
  try {
    if (typeof source === 'string') parser.write(source);
    else if (Buffer.isBuffer(source)) parser.write(decodeWhole(source));
    else for await (const chunk of decodeChunks(source)) parser.write(chunk);
    parser.close();
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw damaged(label, part);
  }
}

function localName(qname: string, prefix: string, length: number): string | undefined {
  if (length === 0) return qname.includes(':') ? undefined : qname;
  return qname.startsWith(prefix) ? qname.slice(length) : undefined;
}

/** The local part of a qualified attribute or element name. */
export function local(qname: string): string {
  const i = qname.indexOf(':');
  return i < 0 ? qname : qname.slice(i + 1);
}

function utf16(bytes: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Text of a whole part: UTF-8, or UTF-16 when it starts with that byte-order mark. */
export function decodeWhole(bytes: Buffer): string {
  const wide = utf16(bytes);
  if (wide) return new TextDecoder(wide).decode(bytes);
  return bytes.toString('utf8');
}

async function* decodeChunks(stream: Readable): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let first = true;
  let wide: Buffer[] | undefined;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (first) {
      first = false;
      if (utf16(chunk)) wide = [];
    }
    if (wide) wide.push(chunk);
    else yield decoder.write(chunk);
  }
  if (wide) yield decodeWhole(Buffer.concat(wide));
  else yield decoder.end();
}

/** OOXML strings escape characters XML cannot hold as `_xHHHH_` (`_x000D_` is a carriage return). */
export function decodeOoxmlString(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** An xsd:boolean attribute: "1" or "true". */
export function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}
