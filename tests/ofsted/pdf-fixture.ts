/** Minimal valid PDFs written by hand: each page's content stream as given, Helvetica as font F1. */
export function makePdf(pages: string[]): Buffer {
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${4 + i * 2} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  pages.forEach((content, i) => {
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + i * 2} 0 R >>`,
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

/** A page with lines of text, top to bottom. */
export function textPage(lines: string[]): string {
  const esc = (s: string) => s.replace(/([\\()])/g, '\\$1');
  return lines.map((l, i) => `BT /F1 11 Tf 56 ${780 - i * 16} Td (${esc(l)}) Tj ET`).join('\n');
}

/** A page with only a filled rectangle: what a scanned page looks like to a text extractor. */
export const IMAGE_ONLY_PAGE = '0.2 0.2 0.2 rg 56 56 483 730 re f';
