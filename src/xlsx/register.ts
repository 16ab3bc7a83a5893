/**
 * Writing the plan register (src/core/plan-register.ts) as a new .xlsx with the tracker's own package
 * writer: an empty workbook package, the register sheet written into it by `writeSheetsIntoPackage`, and
 * each file name linked to its file by a relative hyperlink, so the register and the plans can move
 * together (Excel and LibreOffice resolve a relative link against the register's own folder).
 */
import { dirname, relative, resolve, sep } from 'node:path';
import type { RegisterSheet } from '../core/plan-register';
import { NS, Package, Relationships, relsPartOf, resolveTarget } from './package/opc';
import { writeSheetsIntoPackage } from './package/write-sheets';
import { escapeXml } from './package/xml-util';
import { writeZip } from './zip/write-zip';

const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/** The smallest workbook package: no sheets yet (the writer adds them, and its styles part). */
async function emptyWorkbook(): Promise<Uint8Array> {
  return writeZip([
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '</Types>',
    },
    {
      name: '_rels/.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${NS.officeDocument}" Target="xl/workbook.xml"/>` +
        '</Relationships>',
    },
    {
      name: 'xl/workbook.xml',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
        `xmlns:r="${NS.relationships}"><bookViews><workbookView activeTab="0"/></bookViews><sheets/></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>',
    },
  ]);
}

/** A relative link from the register's folder to `file`, as a URI path ('plans/north%20plan.xlsx'). */
export function linkTarget(registerPath: string, file: string): string {
  const rel = relative(dirname(resolve(registerPath)), resolve(file))
    .split(sep)
    .join('/');
  return encodeURI(rel).replace(/#/g, '%23').replace(/\?/g, '%3F');
}

/** The register workbook's bytes. `registerPath` is where it will be written (links are relative to it). */
export async function registerWorkbook(register: RegisterSheet, registerPath: string): Promise<Uint8Array> {
  const written = await writeSheetsIntoPackage(await emptyWorkbook(), [register.spec]);
  if (register.fileLinks.length === 0) return written;

  const pkg = await Package.open(written);
  const wbRels = new Relationships(
    await pkg.text('xl/_rels/workbook.xml.rels'),
    'xl/_rels/workbook.xml.rels',
  );
  const sheetRel = wbRels.list().find((r) => r.type === NS.worksheet);
  const part = sheetRel ? pkg.actual(resolveTarget('xl/workbook.xml', sheetRel.target)) : undefined;
  if (!part) throw new Error('The register sheet was not written.');

  const relsPart = relsPartOf(part);
  const rels = new Relationships(
    pkg.has(relsPart)
      ? await pkg.text(relsPart)
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`,
    relsPart,
  );
  const links = register.fileLinks.map(({ cell, file }) => {
    const id = rels.add(HYPERLINK, linkTarget(registerPath, file));
    return `<hyperlink ref="${cell}" r:id="${id}" tooltip="${escapeXml(`Open ${file}`)}"/>`;
  });
  rels.xml = rels.xml.replace(
    /(<Relationship [^>]*Type="[^"]*\/hyperlink"[^>]*?)\/>/g,
    '$1 TargetMode="External"/>',
  );

  let sheet = await pkg.text(part);
  const at = sheet.indexOf('<pageMargins');
  if (at < 0 || sheet.includes('<hyperlinks>'))
    throw new Error('The register sheet has an unexpected shape.');
  sheet = `${sheet.slice(0, at)}<hyperlinks>${links.join('')}</hyperlinks>${sheet.slice(at)}`;
  pkg.write(part, sheet);
  pkg.write(relsPart, rels.xml);
  return pkg.bytes();
}
