/**
 * Small, careful string helpers for editing SpreadsheetML parts in place.
 * We never re-serialise a part we did not write: edits are splices into the original text,
 * so everything we do not understand (extensions, mc:AlternateContent, unknown attributes) survives.
 */

/** Characters XML 1.0 does not allow at all (C0 controls except tab/LF/CR, U+FFFE/U+FFFF, lone surrogates). */
const ILLEGAL_XML =
  // eslint-disable-next-line no-control-regex
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

/** Attributes of a start tag, by qualified name, unescaped. */
export function parseAttributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const open = tag.replace(/^<[^\s/>]+/, '');
  const re = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(open); m; m = re.exec(open)) {
    attrs.set(m[1], unescapeXml(m[2] ?? m[3] ?? ''));
  }
  return attrs;
}

export interface Element {
  /** The whole element text: a self-closing tag, or start tag through end tag. */
  text: string;
  /** The start tag only. */
  startTag: string;
  /** Offset of `text` in the searched string. */
  start: number;
  end: number;
  attrs: Map<string, string>;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Finds elements named `qname` (prefix included, e.g. 'x:sheet' or 'sheet') in `xml[from, to)`.
 * Elements of the same name must not nest, which holds for every element we look for.
 */
export function findElements(xml: string, qname: string, from = 0, to = xml.length): Element[] {
  const out: Element[] = [];
  const startRe = new RegExp(`<${escapeRe(qname)}(?=[\\s/>])[^>]*>`, 'g');
  startRe.lastIndex = from;
  for (let m = startRe.exec(xml); m && m.index < to; m = startRe.exec(xml)) {
    const startTag = m[0];
    let end: number;
    if (startTag.endsWith('/>')) {
      end = m.index + startTag.length;
    } else {
      const close = xml.indexOf(`</${qname}>`, m.index + startTag.length);
      if (close < 0) throw new Error(`<${qname}> is not closed.`);
      end = close + qname.length + 3;
    }
    out.push({
      text: xml.slice(m.index, end),
      startTag,
      start: m.index,
      end,
      attrs: parseAttributes(startTag),
    });
    startRe.lastIndex = end;
  }
  return out;
}

export function findElement(xml: string, qname: string, from = 0, to = xml.length): Element | undefined {
  return findElements(xml, qname, from, to)[0];
}

/** The prefix (with colon) the root element uses, e.g. '' or 'x:'. */
export function rootPrefix(xml: string, localName: string): string | undefined {
  const m = new RegExp(`<(?:([A-Za-z_][\\w.-]*):)?${localName}(?=[\\s/>])`).exec(xml);
  if (!m) return undefined;
  return m[1] ? `${m[1]}:` : '';
}

/** The prefix bound to `namespace` on the root element, e.g. 'r', or undefined. */
export function prefixFor(xml: string, namespace: string): string | undefined {
  const re = /xmlns:([A-Za-z_][\w.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if ((m[2] ?? m[3]) === namespace) return m[1];
  }
  return undefined;
}

/** Replaces (or adds, or with `undefined` removes) one attribute of a start tag. */
export function setAttribute(startTag: string, name: string, value: string | undefined): string {
  const re = new RegExp(`\\s${escapeRe(name)}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
  if (value === undefined) return startTag.replace(re, '');
  const attr = ` ${name}="${escapeXml(value)}"`;
  if (re.test(startTag)) return startTag.replace(re, attr);
  const close = startTag.endsWith('/>') ? startTag.length - 2 : startTag.length - 1;
  const head = startTag.slice(0, close).replace(/\s+$/, '');
  return head + attr + startTag.slice(close);
}

export function splice(xml: string, start: number, end: number, replacement: string): string {
  return xml.slice(0, start) + replacement + xml.slice(end);
}
