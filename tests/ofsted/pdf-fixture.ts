/**
 * Minimal valid PDFs written by hand: each page's content stream as given, Helvetica as font F1 and
 * Helvetica with the Windows encoding as F2 (so that '\u0095' prints a bullet and '\u0092' a ’).
 */
export function makePdf(pages: string[]): Buffer {
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${5 + i * 2} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  pages.forEach((content, i) => {
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${6 + i * 2} 0 R >>`,
    );
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  });
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const esc = (s: string) => s.replace(/([\\()])/g, '\\$1');

/** A page with lines of text, top to bottom. */
export function textPage(lines: string[]): string {
  return lines.map((l, i) => `BT /F1 11 Tf 56 ${780 - i * 16} Td (${esc(l)}) Tj ET`).join('\n');
}

/** A piece of text placed on the page: x and y of its baseline in points, its size, and its font. */
export interface Placed {
  text: string;
  x: number;
  y: number;
  size?: number;
  /** 'F2' (Windows encoding) for a bullet '\u0095' or a ’ '\u0092'. */
  font?: 'F1' | 'F2';
}

/** A page laid out piece by piece, as a report's PDF is. */
export function layoutPage(pieces: Placed[]): string {
  return pieces
    .map((p) => `BT /${p.font ?? 'F1'} ${p.size ?? 12} Tf ${p.x} ${p.y} Td (${esc(p.text)}) Tj ET`)
    .join('\n');
}

/** A page with only a filled rectangle: what a scanned page looks like to a text extractor. */
export const IMAGE_ONLY_PAGE = '0.2 0.2 0.2 rg 56 56 483 730 re f';
