/** parseOfstedReport: plain text of an Ofsted report or letter → structured recommendations. */

import { addMonths } from './dates';
import {
  detectFramework,
  findInspectionDates,
  findLocalAuthority,
  findPublicationDate,
  findReportStart,
} from './metadata';
import { findJudgements } from './judgements';
import { makeDoc, type Doc } from './layout';
import { BULLET, readLines } from './normalise';
import { splitSuffixes } from './suffixes';
import {
  ilacsLists,
  isNothing,
  letterLists,
  monitoringLists,
  sifLists,
  timescaleLists,
  type RawList,
} from './sections';
import type { Framework, OfstedReport, Recommendation, Timescale } from './types';

function dueBy(timescale: Timescale, published: string | null): string | null {
  if (!published) return null;
  if (timescale === 'immediate') return published;
  if (timescale === '3-months') return addMonths(published, 3);
  if (timescale === '6-months') return addMonths(published, 6);
  return null;
}

function listsFor(framework: Framework, doc: Doc, start: number): RawList[] {
  switch (framework) {
    case 'unannounced-visit':
      return letterLists(doc, start);
    case 'protection-of-children':
    case 'looked-after-children':
      return timescaleLists(doc, start);
    case 'sif':
      return sifLists(doc, start);
    case 'lscb-review':
      return sifLists(doc, start, true);
    case 'ilacs':
      return ilacsLists(doc, start);
    case 'monitoring-visit':
    case 'focused-visit':
      return monitoringLists(doc, start);
    case 'unknown':
      return [];
  }
}

/** Every reader in turn, for a framework we could not name or whose own reader found nothing. */
function anyLists(doc: Doc, start: number): RawList[] {
  const readers = [timescaleLists, sifLists, ilacsLists, letterLists, monitoringLists];
  for (const read of readers) {
    const lists = read(doc, start);
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
   * ISO publication date (YYYY-MM-DD) from the person reading the report: ILACS reports do not print
   * it (it is on the Ofsted web page). It is used instead of any date the text gives.
   */
  published?: string;
}

/** The date to work due dates from, and where it came from. */
function publication(
  stated: string | null,
  given: string | undefined,
  warnings: string[],
): Pick<OfstedReport, 'publicationDate' | 'publicationDateSource'> {
  if (given) {
    if (stated && stated !== given) {
      warnings.push(
        `The report says it was published on ${stated}; the date given, ${given}, is used instead.`,
      );
    }
    return { publicationDate: given, publicationDateSource: 'given' };
  }
  if (stated) return { publicationDate: stated, publicationDateSource: 'report' };
  warnings.push(
    'The report does not say when it was published, so no due dates could be worked out. Give the publication date from the Ofsted web page.',
  );
  return { publicationDate: null, publicationDateSource: null };
}

/** Items as the report lists them, with 'There are no …' lines dropped and suffixes moved out. */
function recommendationsOf(lists: RawList[], publicationDate: string | null): Recommendation[] {
  const recommendations: Recommendation[] = [];
  for (const list of [...lists].sort((a, b) => a.index - b.index)) {
    for (const item of list.items) {
      if (isNothing(item.text)) continue;
      const split = splitSuffixes(item.text);
      const rec: Recommendation = {
        id: `R${recommendations.length + 1}`,
        text: split.text,
        timescale: list.timescale,
        addressee: list.addressee,
        paragraph: split.paragraph ?? (list.numbersAreParagraphs ? item.number : null),
        dueBy: dueBy(list.timescale, publicationDate),
      };
      if (split.note) rec.note = split.note;
      recommendations.push(rec);
    }
  }
  return recommendations;
}

export function parseOfstedReport(text: string, options: ParseOptions = {}): OfstedReport {
  const warnings: string[] = [];
  const doc = makeDoc(readLines(text));
  const lines = doc.lines.map((l) => (l.glyph !== null ? `${BULLET}${l.text}` : l.text));
  const framework = detectFramework(lines);
  const start = findReportStart(lines);
  if (framework === 'unknown') warnings.push('The inspection framework was not recognised.');

  const localAuthority = findLocalAuthority(lines, start);
  if (!localAuthority) warnings.push('The local authority was not found.');
  const inspectionDates = findInspectionDates(lines, start);
  if (!inspectionDates) warnings.push('The inspection dates were not found.');
  const stated = findPublicationDate(lines, framework, text.slice(0, 12000));
  const published = publication(stated, options.published, warnings);
  const judgements = framework === 'unannounced-visit' ? [] : findJudgements(lines, start);

  let lists = listsFor(framework, doc, start);
  if (!lists.some((l) => l.items.length > 0)) {
    lists = anyLists(doc, start);
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

  return {
    localAuthority,
    inspectionDates,
    ...published,
    framework,
    judgements,
    recommendations: recommendationsOf(lists, published.publicationDate),
    warnings,
  };
}
