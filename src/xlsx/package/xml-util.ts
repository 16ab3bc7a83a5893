/**
 * Small, careful string helpers for editing SpreadsheetML parts in place.
 * We never re-serialise a part we did not write: edits are splices into the original text,
 * so everything we do not understand (extensions, mc:AlternateContent, unknown attributes) survives.
 */
import { InternalError, UserError } from '../../core/errors';

/** Characters XML 1.0 does not allow at all (C0 controls except tab/LF/CR, U+FFFE/U+FFFF, lone surrogates). */
const ILLEGAL_XML =
  // eslint-disable-next-line no-control-regex -- these control characters are exactly what XML 1.0 forbids
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripIllegalXmlChars(text: string): string {
  return text.replace(ILLEGAL_XML, '');
}

/** Escapes text for element content or a double-quoted attribute, after dropping illegal characters. */
export function escapeXml(text: string): string {
  return stripIllegalXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#xD;')
    .replace(/\t/g, '&#x9;')
    .replace(/\n/g, '&#xA;');
}

/** Escapes element content, keeping line breaks and tabs literal (they are significant in cell text). */
export function escapeXmlText(text: string): string {
  return stripIllegalXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#xD;');
}

/**
 * OOXML strings (ST_Xstring) treat `_xHHHH_` as an escaped character. A literal `_x0041_` typed by a
 * person must be written as `_x005F_x0041_` so Excel shows it unchanged.
 */
export function escapeOoxmlString(text: string): string {
  return text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
}

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_m, ent: string) => {
    switch (ent) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default:
        return String.fromCodePoint(
          ent.startsWith('#x') ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10),
        );
    }
  });
}

/** One attribute of a start tag: leading space, name, "=" with its spacing, and the quoted value. */
const ATTRIBUTE = /(\s+)([^\s=/>]+)(\s*=\s*)("[^"]*"|'[^']*')/g;

/** The attributes of a start tag (after its name), with their offsets in the tag. */
function attributesOf(tag: string): { name: string; raw: string; value: string; start: number }[] {
  const name = /^<[^\s/>]+/.exec(tag);
  const out: { name: string; raw: string; value: string; start: number }[] = [];
  const re = new RegExp(ATTRIBUTE.source, 'g');
  re.lastIndex = name ? name[0].length : 0;
  for (let m = re.exec(tag); m; m = re.exec(tag)) {
    out.push({ name: m[2], raw: m[0], value: m[4].slice(1, -1), start: m.index });
  }
  return out;
}

/** Attributes of a start tag, by qualified name, unescaped. */
export function parseAttributes(tag: string): Map<string, string> {
  return new Map(attributesOf(tag).map((a) => [a.name, unescapeXml(a.value)]));
}

export interface Element {
  /** The whole element text: a self-closing tag, or start tag through end tag. */
  text: string;
  /** The start tag only. */
  startTag: string;
  /** Offset of `text` in the searched string. */
  start: number;
  end: number;
  /** Offsets of the content between the start and end tags (both `end` for a self-closing element). */
  innerStart: number;
  innerEnd: number;
  readonly attrs: Map<string, string>;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Comments, CDATA sections and processing instructions: text in them is not markup. */
const NOT_MARKUP = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>/g;
let lastText: string | undefined;
let lastMarkup = '';

/**
 * `xml` with every comment, CDATA section and processing instruction blanked out to spaces of the same
 * length, so offsets still match and a search never finds an element inside one (a commented-out
 * <sheet> must not count as a sheet). The last answer is kept: callers search the same text many times.
 */
export function markupOnly(xml: string): string {
  if (xml === lastText) return lastMarkup;
  const needed = xml.includes('<!') || xml.indexOf('<?', 1) >= 0;
  const out = needed ? xml.replace(NOT_MARKUP, (m) => ' '.repeat(m.length)) : xml;
  lastText = xml;
  lastMarkup = out;
  return out;
}

/**
 * Finds elements named `qname` (prefix included, e.g. 'x:sheet' or 'sheet') in `xml[from, to)`, never
 * inside a comment, CDATA section or processing instruction. A '>' inside a quoted attribute value does
 * not end a tag. Elements of the same name must not nest, which holds for every element we look for.
 */
export function findElements(xml: string, qname: string, from = 0, to = xml.length): Element[] {
  const out: Element[] = [];
  const markup = markupOnly(xml);
  const q = escapeRe(qname);
  const startRe = new RegExp(`<${q}(?=[\\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>`, 'g');
  const closeRe = new RegExp(`</${q}\\s*>`, 'g');
  startRe.lastIndex = from;
  for (let m = startRe.exec(markup); m && m.index < to; m = startRe.exec(markup)) {
    const startTag = xml.slice(m.index, m.index + m[0].length);
    let end: number;
    let innerEnd: number;
    if (startTag.endsWith('/>')) {
      end = m.index + startTag.length;
      innerEnd = end;
    } else {
      closeRe.lastIndex = m.index + startTag.length;
      const close = closeRe.exec(markup);
      if (!close)
        throw new UserError(
          `The workbook package is damaged: a <${qname}> element is not closed.`,
          'unreadable',
        );
      innerEnd = close.index;
      end = close.index + close[0].length;
    }
    let attrs: Map<string, string> | undefined;
    out.push({
      text: xml.slice(m.index, end),
      startTag,
      start: m.index,
      end,
      innerStart: startTag.endsWith('/>') ? end : m.index + startTag.length,
      innerEnd,
      // Parsed on first use: most elements found while scanning (rows, cells) are never asked.
      get attrs() {
        return (attrs ??= parseAttributes(startTag));
      },
    });
    startRe.lastIndex = end;
  }
  return out;
}

export function findElement(xml: string, qname: string, from = 0, to = xml.length): Element | undefined {
  return findElements(xml, qname, from, to)[0];
}

/** Like findElement, for an element the caller has already checked is there: its absence is a bug. */
export function requireElement(xml: string, qname: string, from = 0, to = xml.length): Element {
  const el = findElement(xml, qname, from, to);
  if (!el) throw new InternalError(`<${qname}> was expected but is not there.`);
  return el;
}

/** The prefix (with colon) the root element uses, e.g. '' or 'x:'. */
export function rootPrefix(xml: string, localName: string): string | undefined {
  const m = new RegExp(`<(?:([A-Za-z_][\\w.-]*):)?${localName}(?=[\\s/>])`).exec(markupOnly(xml));
  if (!m) return undefined;
  return m[1] ? `${m[1]}:` : '';
}

/** The prefix bound to `namespace` (outside comments), e.g. 'r', or undefined. */
export function prefixFor(xml: string, namespace: string): string | undefined {
  const re = /xmlns:([A-Za-z_][\w.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  const markup = markupOnly(xml);
  for (let m = re.exec(markup); m; m = re.exec(markup)) {
    if (unescapeXml(m[2] ?? m[3] ?? '') === namespace) return m[1];
  }
  return undefined;
}

/**
 * Replaces (or adds, or with `undefined` removes) one attribute of a start tag. Attributes are matched
 * whole, so text inside another attribute's value (a sheet called "a state='x'") is never touched.
 */
export function setAttribute(startTag: string, name: string, value: string | undefined): string {
  const found = attributesOf(startTag).find((a) => a.name === name);
  if (found) {
    const replacement = value === undefined ? '' : ` ${name}="${escapeXml(value)}"`;
    return splice(startTag, found.start, found.start + found.raw.length, replacement);
  }
  if (value === undefined) return startTag;
  const attr = ` ${name}="${escapeXml(value)}"`;
  const close = startTag.endsWith('/>') ? startTag.length - 2 : startTag.length - 1;
  const head = startTag.slice(0, close).replace(/\s+$/, '');
  return head + attr + startTag.slice(close);
}

export function splice(xml: string, start: number, end: number, replacement: string): string {
  return xml.slice(0, start) + replacement + xml.slice(end);
}
