/**
 * Builds the awkward input files the tracker must refuse or handle politely, into a directory:
 *
 *   not-a-workbook.xlsx      plain text with an .xlsx name
 *   old-format.xls           an OLE compound file with a "Workbook" stream (what Excel 97-2003 files look like)
 *   password-protected.xlsx  an OLE compound file with "EncryptionInfo" and "EncryptedPackage" streams
 *                            (what an encrypted .xlsx looks like; the contents are dummy bytes)
 *   truncated.xlsx           the first 60% of a valid .xlsx
 *   empty-workbook.xlsx      one empty sheet
 *   header-only.xlsx         a plan header row and no action rows
 *   no-plan.xlsx             data but no plan header (a contacts list and a budget)
 *   plan-5000.xlsx           5,000 actions in the Walsall layout (50 themes × 10 objectives × 10 actions)
 *   large-100k.xlsx          a flat plan sheet of exactly 100,000 rows, written with the streaming writer
 *
 * Usage: npx tsx scripts/build-bad-inputs.ts [dir] [--no-large]   (default dir: tests/artifacts/bad-inputs)
 */
import CFB from 'cfb';
import ExcelJS from 'exceljs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildLargePlan, largePlanWorkbook, writeFlatPlanStream } from './lib/large-plan';
import { REPO_ROOT } from './lib/seed-plan';
import { stampWorkbook } from './lib/xlsx-style';

export { buildLargePlan, flatPlanCounts, largePlanWorkbook, writeFlatPlanStream } from './lib/large-plan';

export const BAD_INPUT_FILES = [
  'not-a-workbook.xlsx',
  'old-format.xls',
  'password-protected.xlsx',
  'truncated.xlsx',
  'empty-workbook.xlsx',
  'header-only.xlsx',
  'no-plan.xlsx',
  'plan-5000.xlsx',
  'large-100k.xlsx',
] as const;
export type BadInputName = (typeof BAD_INPUT_FILES)[number];

export const LARGE_ROWS = 100_000;
export const PLAN_5000_ACTIONS = 5_000;
/** The share of a valid .xlsx kept in truncated.xlsx. */
export const TRUNCATE_FRACTION = 0.6;

const STAMP = new Date(Date.UTC(2013, 8, 30));

/** An OLE compound file holding the given streams (the cfb library adds its own small placeholder entry). */
function compoundFile(streams: Record<string, Buffer>): Buffer {
  const cfb = CFB.utils.cfb_new();
  for (const [name, content] of Object.entries(streams)) CFB.utils.cfb_add(cfb, name, content);
  return Buffer.from(CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
}

/** A BIFF8 workbook-globals BOF record followed by an EOF record: the start of every real .xls Workbook stream. */
function biff8Stub(): Buffer {
  const bof = Buffer.alloc(4 + 16);
  bof.writeUInt16LE(0x0809, 0); // BOF
  bof.writeUInt16LE(16, 2);
  bof.writeUInt16LE(0x0600, 4); // BIFF8
  bof.writeUInt16LE(0x0005, 6); // workbook globals
  bof.writeUInt16LE(0x0dbb, 8); // build
  bof.writeUInt16LE(0x07cc, 10); // year 1996
  const eof = Buffer.from([0x0a, 0x00, 0x00, 0x00]);
  return Buffer.concat([bof, eof]);
}

/** The fixed part of an Agile EncryptionInfo stream (version 4.4, reserved 0x40) and a short XML descriptor. */
function encryptionInfoStub(): Buffer {
  const head = Buffer.from([0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00]);
  const xml = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption">' +
      '<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" ' +
      'cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/>' +
      '</encryption>',
    'utf8',
  );
  return Buffer.concat([head, xml]);
}

/** EncryptedPackage: an 8-byte plaintext size followed by (dummy) ciphertext. */
function encryptedPackageStub(): Buffer {
  const buf = Buffer.alloc(8 + 4096);
  buf.writeUInt32LE(4096, 0);
  for (let i = 8; i < buf.length; i++) buf[i] = (i * 73 + 41) & 0xff;
  return buf;
}

function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  stampWorkbook(wb, STAMP);
  return wb;
}

export const HEADER_ONLY_HEADER = [
  'Ref',
  'Objective and actions',
  'Lead & delivery deadline',
  'Success measures and/or evidence base & key deadlines',
  'Impact for children & young people',
  'Action RAG',
  'Impact RAG',
];

async function writeBadInput(name: BadInputName, path: string): Promise<void> {
  switch (name) {
    case 'not-a-workbook.xlsx':
      await writeFile(
        path,
        'This is a plain text file that has been renamed to .xlsx.\nIt is not an Excel workbook.\n',
      );
      return;
    case 'old-format.xls':
      await writeFile(path, compoundFile({ Workbook: biff8Stub() }));
      return;
    case 'password-protected.xlsx':
      await writeFile(
        path,
        compoundFile({ EncryptionInfo: encryptionInfoStub(), EncryptedPackage: encryptedPackageStub() }),
      );
      return;
    case 'truncated.xlsx': {
      const full = Buffer.from(await largePlanWorkbook(200).xlsx.writeBuffer());
      await writeFile(path, full.subarray(0, Math.floor(full.length * TRUNCATE_FRACTION)));
      return;
    }
    case 'empty-workbook.xlsx': {
      const wb = newWorkbook();
      wb.addWorksheet('Sheet1');
      await wb.xlsx.writeFile(path);
      return;
    }
    case 'header-only.xlsx': {
      const wb = newWorkbook();
      const ws = wb.addWorksheet('Plan');
      ws.getRow(1).values = HEADER_ONLY_HEADER;
      ws.getRow(1).font = { bold: true };
      await wb.xlsx.writeFile(path);
      return;
    }
    case 'no-plan.xlsx': {
      const wb = newWorkbook();
      const contacts = wb.addWorksheet('Contacts');
      const rows: (string | number)[][] = [
        ['Name', 'Team', 'Phone', 'Email'],
        ['Anne Lee', 'Safeguarding', '0121 496 0101', 'anne.lee@example.org'],
        ['David Roberts', 'Front Door', '0121 496 0102', 'david.roberts@example.org'],
        ['Helen Ward', 'Care Management', '0121 496 0103', 'helen.ward@example.org'],
        ['Kevin Moss', 'Performance', '0121 496 0104', 'kevin.moss@example.org'],
        ['Priya Shah', 'Workforce Development', '0121 496 0105', 'priya.shah@example.org'],
      ];
      rows.forEach((r, i) => {
        contacts.getRow(i + 1).values = r;
      });
      const budget = wb.addWorksheet('Budget 2013-14');
      const lines: (string | number)[][] = [
        ['Cost centre', 'Description', 'Budget (£)', 'Spend to date (£)'],
        ['CS101', 'Social work teams', 4_250_000, 2_010_500],
        ['CS102', 'Agency staff', 900_000, 655_250],
        ['CS103', 'Training', 120_000, 48_300],
      ];
      lines.forEach((r, i) => {
        budget.getRow(i + 1).values = r;
      });
      await wb.xlsx.writeFile(path);
      return;
    }
    case 'plan-5000.xlsx':
      await buildLargePlan(path, PLAN_5000_ACTIONS);
      return;
    case 'large-100k.xlsx':
      await writeFlatPlanStream(path, LARGE_ROWS);
      return;
  }
}

export interface BuildBadInputsOptions {
  /** Build large-100k.xlsx (slow: see tests/fixtures/bad-inputs.test.ts). Default true. */
  large100k?: boolean;
}

/** Writes the bad inputs into dir (created if missing); returns file name → path. */
export async function buildBadInputs(
  dir: string,
  options: BuildBadInputsOptions = {},
): Promise<Record<string, string>> {
  await mkdir(dir, { recursive: true });
  const out: Record<string, string> = {};
  for (const name of BAD_INPUT_FILES) {
    if (name === 'large-100k.xlsx' && options.large100k === false) continue;
    const path = join(dir, name);
    await writeBadInput(name, path);
    out[name] = path;
  }
  return out;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const dir = resolve(
    args.find((a) => !a.startsWith('--')) ?? join(REPO_ROOT, 'tests', 'artifacts', 'bad-inputs'),
  );
  const large100k = !args.includes('--no-large');
  (async () => {
    const started = Date.now();
    await mkdir(dir, { recursive: true });
    for (const name of BAD_INPUT_FILES) {
      if (name === 'large-100k.xlsx' && !large100k) continue;
      const t0 = Date.now();
      await writeBadInput(name, join(dir, name));
      console.log(`wrote ${join(dir, name)} in ${Date.now() - t0} ms`);
    }
    console.log(`done in ${Date.now() - started} ms`);
  })().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
