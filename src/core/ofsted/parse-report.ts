/** parseOfstedReport: plain text of an Ofsted report or letter → structured recommendations. */

import { addMonths } from './dates';
import {
  detectFramework,
  findInspectionDates,
  findJudgements,
  findLocalAuthority,
  findPublicationDate,
  findReportStart,
} from './metadata';
import { normaliseLines } from './normalise';
import { ilacsLists, letterLists, monitoringLists, sifLists, timescaleLists, type RawList } from './sections';
import type { Framework, OfstedReport, Recommendation, Timescale } from './types';

const PARAGRAPH_SUFFIX_RE =
  /\s*\((?:(?:Paras?|Paragraphs?)\.?\s*(\d[\d,\s–-]*(?:\s*(?:and|&)\s*\d+)?)|(Throughout))\)\s*(\.?)$/i;
const FRAMEWORK_NOTE_RE =
  /\s*\(((?:outcomes?\s+\d[\d,\s]*(?:(?:and|&)\s*\d+\s*)?),?\s*national framework)\)\s*(\.?)$/i;

/** '(Para 31)', '(Paras 29, 140)', '(Throughout)' at the end of an item → the paragraph reference. */
export function splitParagraphSuffix(text: string): { text: string; paragraph: string | null } {
  const m = PARAGRAPH_SUFFIX_RE.exec(text);
  if (!m) return { text, paragraph: null };
  const paragraph = m[2]
    ? m[2]
    : m[1]
        .replace(/\s+/g, ' ')
        .replace(/\s*,\s*/g, ', ')
        .trim();
  return { text: text.slice(0, m.index) + m[3], paragraph };
}

/** '(outcome 1, national framework)' at the end of an item (ILACS from 2025) → a note. */
export function splitFrameworkNote(text: string): { text: string; note: string | null } {
  const m = FRAMEWORK_NOTE_RE.exec(text);
  if (!m) return { text, note: null };
  return { text: text.slice(0, m.index) + m[2], note: m[1].replace(/\s+/g, ' ').trim() };
}

function dueBy(timescale: Timescale, published: string | null): string | null {
  if (!published) return null;
  if (timescale === 'immediate') return published;
  if (timescale === '3-months') return addMonths(published, 3);
  if (timescale === '6-months') return addMonths(published, 6);
  return null;
}

function listsFor(framework: Framework, lines: string[], start: number): RawList[] {
  switch (framework) {
    case 'unannounced-contact-referral-assessment':
      return letterLists(lines, start);
    case 'protection-of-children-2013':
    case 'looked-after-children-2013':
      return timescaleLists(lines, start);
    case 'single-inspection-framework':
      return sifLists(lines, start);
    case 'ilacs':
      return ilacsLists(lines, start);
    case 'monitoring-or-focused-visit':
      return monitoringLists(lines, start);
    case 'unknown':
      return [];
  }
}

/** Every reader in turn, for a framework we could not name or whose own reader found nothing. */
function anyLists(lines: string[], start: number): RawList[] {
  for (const read of [timescaleLists, sifLists, ilacsLists, letterLists, monitoringLists]) {
    const lists = read(lines, start);
    if (lists.some((l) => l.items.length > 0)) return lists;
  }
  return [];
}

function checkParagraphNumbers(lists: RawList[], warnings: string[]): void {
  for (const list of lists) {
    if (!list.numbersAreParagraphs) continue;
    const nums = list.items.map((it) => Number(it.number));
    for (let k = 1; k < nums.length; k++) {
      if (nums[k] !== nums[k - 1] + 1) {
        warnings.push(
          `Paragraph numbers under '${list.heading}' are not consecutive (${nums[k - 1]} then ${nums[k]}); an item may be missing.`,
        );
        break;
      }
    }
  }
}

export interface ParseOptions {
  /**
   * ISO publication date to use when the text does not give one (ILACS reports do not print it;
   * it is on the Ofsted web page).
   */
  publicationDate?: string;
}

export function parseOfstedReport(text: string, options: ParseOptions = {}): OfstedReport {
  const warnings: string[] = [];
  const lines = normaliseLines(text);
  const framework = detectFramework(lines);
  const start = findReportStart(lines);
  if (framework === 'unknown') warnings.push('The inspection framework was not recognised.');

  const localAuthority = findLocalAuthority(lines, start);
  if (!localAuthority) warnings.push('The local authority was not found.');
  const inspectionDates = findInspectionDates(lines, start);
  if (!inspectionDates) warnings.push('The inspection dates were not found.');
  const publicationDate = findPublicationDate(lines, framework) ?? options.publicationDate ?? null;
  if (!publicationDate) {
    warnings.push('No publication or letter date was found, so no due dates could be worked out.');
  }
  const judgements =
    framework === 'unannounced-contact-referral-assessment' ? [] : findJudgements(lines, start);

  let lists = listsFor(framework, lines, start);
  if (!lists.some((l) => l.items.length > 0)) {
    lists = anyLists(lines, start);
    if (lists.some((l) => l.items.length > 0) && framework !== 'unknown') {
      warnings.push(
        `The recommendations were not where the ${framework} format puts them; found them elsewhere.`,
      );
    }
  }
  for (const list of lists) {
    if (list.items.length === 0) warnings.push(`No items were found under '${list.heading}'.`);
  }
  if (!lists.some((l) => l.items.length > 0)) warnings.push('No recommendations section was found.');
  checkParagraphNumbers(lists, warnings);

  const recommendations: Recommendation[] = [];
  for (const list of [...lists].sort((a, b) => a.index - b.index)) {
    for (const item of list.items) {
      const para = splitParagraphSuffix(item.text);
      const noted = splitFrameworkNote(para.text);
      const rec: Recommendation = {
        id: `R${recommendations.length + 1}`,
        text: noted.text.trim(),
        timescale: list.timescale,
        addressee: list.addressee,
        paragraph: para.paragraph ?? (list.numbersAreParagraphs ? item.number : null),
        dueBy: dueBy(list.timescale, publicationDate),
      };
      if (noted.note) rec.note = noted.note;
      recommendations.push(rec);
    }
  }
  return {
    localAuthority,
    inspectionDates,
    publicationDate,
    framework,
    judgements,
    recommendations,
    warnings,
  };
}
