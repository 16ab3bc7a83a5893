/**
 * The matcher's parts one at a time, and linkRecommendations on small plans whose answer is plain from
 * the rows: how an Ofsted ref cell is read, which lines of an action carry its marker, what a marked
 * line's timescale does, what a row is matched on, and what each explicit link says about itself.
 * Rows were added where mutation testing showed a rule that no test pinned.
 */
import { readPlanSheet, type PlanSheet } from '../../src/core/plan-reader';
import {
  linkRecommendations,
  markedLines,
  parseOfstedRef,
  rowParts,
  timescaleBoost,
  type Recommendation,
} from '../../src/core/ofsted';
import { recommendationFingerprint } from '../../src/core/ofsted/confirmed-links';
import type { PlanAction } from '../../src/core/types';
import { sheetFrom } from '../support/sheet';
import { recommendation, reportOf } from './fixtures';

const rec = recommendation;
const report = (recs: Recommendation[]) => reportOf(recs);

describe('an Ofsted ref cell', () => {
  // Five recommendations; the report gives paragraph numbers in the forms reports use.
  const withParagraphs = report([
    rec('R1', 'One', { paragraph: '24' }),
    rec('R2', 'Two', { paragraph: '25–27' }),
    rec('R3', 'Three', { paragraph: '28 - 29' }),
    rec('R4', 'Four', { paragraph: '30, 31 and 32 & 33' }),
    rec('R5', 'Five', { paragraph: '300' }),
    rec('R6', 'Six', { paragraph: '40,41' }),
    rec('R7', 'Seven', { paragraph: '42 – 44' }),
  ]);
  const numbered = report(['One', 'Two', 'Three', 'Four', 'Five'].map((t, i) => rec(`R${i + 1}`, t)));

  it.each([
    ['R3', ['R3']],
    ['r3.', ['R3']],
    ['Rec 3', ['R3']],
    ['Rec. 3', ['R3']],
    ['Recs 3', ['R3']],
    ['Recommendation 3', ['R3']],
    ['3', ['R3']],
    ['3)', ['R3']],
    ['0', []],
    ['R0', []],
    ['R6', []],
    ['R2, R3', ['R2', 'R3']],
    ['R2; R3', ['R2', 'R3']],
    ['R2/R3', ['R2', 'R3']],
    ['R2 & R3', ['R2', 'R3']],
    ['R2 + R3', ['R2', 'R3']],
    ['R2 and R3', ['R2', 'R3']],
    ['R2,,R3', ['R2', 'R3']],
    ['R3, R3', ['R3']],
    ['See R3 above', []],
    ['See R3', []],
    ['Item 3', []],
    [' R3 ', ['R3']],
    ['Rec. 3.', ['R3']],
    ['R3 (see note)', []],
    ['3a', []],
    ['Yes', []],
  ])('%j in a plan for a report without paragraph numbers names %j', (text, ids) => {
    expect(parseOfstedRef(text, numbered)).toEqual(ids);
  });

  it.each([
    ['Para 24', ['R1']],
    ['Paragraph 24', ['R1']],
    ['Paras 26', ['R2']],
    ['Para. 24', ['R1']],
    ['¶24', ['R1']],
    ['Para 25-26', ['R2']],
    ['Paras 27 – 28', ['R2', 'R3']],
    ['Para 29', ['R3']],
    ['Para 31', ['R4']],
    ['Para 33', ['R4']],
    ['24', ['R1']],
    ['32', ['R4']],
    ['Para 24, 30', ['R1', 'R4']],
    ['Para 24, 3', ['R1']], // after "Para", a bare number is a paragraph too, and there is no paragraph 3
    ['R1, 3', ['R1', 'R3']], // after "R1", a bare number with no such paragraph is a recommendation
    ['3', ['R3']],
    ['Para 24 onwards', []],
    ['Para 1-299', ['R1', 'R2', 'R3', 'R4', 'R6', 'R7']],
    // A range is read for at most 200 paragraphs: 100–299 stops short of R5's 300, 101–300 reaches it.
    ['Para 100-350', []],
    ['Para 101-350', ['R5']],
    ['See para 24', []],
    ['Para 41', ['R6']],
    ['Para 44', ['R7']],
    ['Para 290-310', ['R5']],
  ])('%j in a plan for a report with paragraph numbers names %j', (text, ids) => {
    expect(parseOfstedRef(text, withParagraphs)).toEqual(ids);
  });

  it('reads only the first 500 paragraphs of a range a report gives', () => {
    const wide = report([rec('R1', 'One', { paragraph: '1-2000' }), rec('R2', 'Two', { paragraph: '900' })]);
    expect(parseOfstedRef('Para 700', wide)).toEqual([]);
    expect(parseOfstedRef('Para 499', wide)).toEqual(['R1']);
    expect(parseOfstedRef('Para 500', wide)).toEqual(['R1']);
    expect(parseOfstedRef('Para 501', wide)).toEqual([]);
  });
});

function action(text: string, extra: Partial<PlanAction> = {}): PlanAction {
  return { text, row: 7, ref: '1.1', ...extra } as PlanAction;
}

describe('the lines of an action that carry its Ofsted marker', () => {
  it('are the lines with a "*" or Ofsted wording, trimmed, blank lines dropped', () => {
    expect(
      markedLines(
        action(
          'Review thresholds\n\n  * Audit strategy meetings  \nOfsted  recommendation: quorate meetings',
        ),
      ),
    ).toEqual(['* Audit strategy meetings', 'Ofsted  recommendation: quorate meetings']);
    expect(markedLines(action('Train staff\nOfsted requirement (2013)'))).toEqual([
      'Ofsted requirement (2013)',
    ]);
  });

  it('are the whole text when no line is marked', () => {
    expect(markedLines(action('Review thresholds\nTrain staff'))).toEqual(['Review thresholds\nTrain staff']);
  });
});

describe('a timescale named in a marked line', () => {
  const of = (timescale: Recommendation['timescale']) => rec('R1', 'x', { timescale });
  it.each([
    ['Immediately: review caseloads', 'immediate'],
    ['Within 3 months', '3-months'],
    ['Within three-months', '3-months'],
    ['Within 3months', '3-months'],
    ['Within three month', '3-months'],
    ['Within six months', '6-months'],
    ['Within 6-month', '6-months'],
    ['Within 6 month', '6-months'],
    ['Within 6months', '6-months'],
  ] as const)('%j favours %s recommendations', (line, timescale) => {
    expect(timescaleBoost(line, of(timescale))).toBe(1.25);
    expect(timescaleBoost(line, of('development'))).toBe(0.9);
  });
});

describe('what a row is matched on', () => {
  it('is the action, its Ofsted area, objective and theme, each only when it says something new', () => {
    expect(
      rowParts(
        action('Roll out the neglect toolkit', { ofstedArea: ' Neglect ', theme: 'Help and protection' }),
        'Objective: Neglect is recognised',
      ),
    ).toEqual([
      { column: 'action', text: 'Roll out the neglect toolkit' },
      { column: 'ofsted area', text: 'Neglect' },
      { column: 'objective', text: 'Objective: Neglect is recognised' },
      { column: 'theme', text: 'Help and protection' },
    ]);
    expect(
      rowParts(action('Roll out the toolkit', { ofstedArea: '  ', theme: ' ' }), ' Roll out the toolkit '),
    ).toEqual([{ column: 'action', text: 'Roll out the toolkit' }]);
    expect(rowParts(action('Roll out the toolkit'), '  ')).toEqual([
      { column: 'action', text: 'Roll out the toolkit' },
    ]);
  });
});

/** A flat plan with an Ofsted ref column. */
function plan(
  rows: string[][],
  header = ['Ref', 'Action', 'Lead', 'Deadline', 'RAG', 'Ofsted ref'],
): PlanSheet {
  const read = readPlanSheet(sheetFrom('Plan', [header, ...rows]));
  if (!read.ok) throw new Error(read.reason);
  return read.plan;
}

const RECS = report([
  rec('R1', 'Reduce the caseloads of social workers in the assessment teams.', { timescale: 'immediate' }),
  rec('R2', 'Improve the timeliness of initial child protection conferences.', { timescale: '3-months' }),
  rec('R3', 'Ensure that pathway plans for care leavers are up to date.', { timescale: '3-months' }),
]);

const row = (ref: string, text: string, ofstedRef = '') => [
  ref,
  text,
  'Jo Bloggs',
  '31/12/2013',
  'Green',
  ofstedRef,
];

describe('explicit links say what made them', () => {
  it('a confirmed link comes first, with confidence 1 and no hints', () => {
    const p = plan([row('1.1', 'Recruit more social workers'), row('1.2', 'Audit conference timeliness')]);
    const result = linkRecommendations(RECS, p, {
      decisions: { R2: { confirmed: ['1.1', 'no such action'], rejected: [] } },
    });
    const r2 = result.recommendations[1];
    expect(r2.state).toBe('linked');
    expect(
      r2.linked.map((l) => [l.action, l.source, l.confidence, l.reasons.explicit, l.reasons.hints]),
    ).toEqual([['1.1', 'confirmed', 1, 'you confirmed it', []]]);
  });

  it('a decision about another wording of R2 is not applied', () => {
    const p = plan([row('1.1', 'Recruit more social workers')]);
    const result = linkRecommendations(RECS, p, {
      decisions: {
        R2: { confirmed: ['1.1'], rejected: [], fingerprint: recommendationFingerprint(rec('R2', 'Other')) },
      },
    });
    expect(result.recommendations[1].linked).toEqual([]);
    expect(result.recommendations[1].rejected).toEqual([]);
  });

  it('a rejected action is neither linked nor suggested, and is listed as rejected', () => {
    const p = plan([row('1.1', 'Reduce social worker caseloads in assessment teams', 'R1')]);
    const result = linkRecommendations(RECS, p, {
      decisions: {
        R1: {
          confirmed: [],
          rejected: ['1.1', 'gone'],
          fingerprint: recommendationFingerprint(RECS.recommendations[0]),
        },
      },
    });
    const r1 = result.recommendations[0];
    expect(r1.rejected).toEqual(['1.1']);
    expect(r1.suggestions.map((s) => s.action)).not.toContain('1.1');
    expect(r1.state).toBe('not-covered');
    expect(result.uncovered).toContain('R1');
  });

  it('a ref-column link quotes the cell, trimmed', () => {
    const p = plan([row('1.1', 'Recruit more staff', '  Rec 2 ')]);
    const [link] = linkRecommendations(RECS, p).recommendations[1].linked;
    expect([link.source, link.confidence, link.reasons.explicit]).toEqual([
      'ref-column',
      1,
      'Ofsted ref column: "Rec 2"',
    ]);
  });

  it('one action named twice for the same recommendation is linked once', () => {
    const p = plan([row('1.1', 'Recruit more staff *', 'R2, Rec 2')]);
    expect(linkRecommendations(RECS, p).recommendations[1].linked.map((l) => l.action)).toEqual(['1.1']);
  });

  it('a marker link names the marker, and the timescale when the marked line names it', () => {
    const p = plan(
      [
        row('1.1', 'Immediate Ofsted requirement: reduce caseloads of social workers'),
        row('1.2', 'Audit the timeliness of child protection conferences *'),
      ],
      ['Ref', 'Action', 'Lead', 'Deadline', 'RAG'],
    );
    const result = linkRecommendations(RECS, p);
    const [r1] = result.recommendations[0].linked;
    expect([r1.action, r1.source, r1.reasons.explicit, r1.reasons.hints]).toEqual([
      '1.1',
      'marker',
      'marked as an Ofsted requirement in the plan',
      ['the marked line names the timescale (immediate)'],
    ]);
    const [r2] = result.recommendations[1].linked;
    expect([r2.action, r2.source, r2.reasons.explicit, r2.reasons.hints]).toEqual([
      '1.2',
      'marker',
      'marked "*" in the plan',
      [],
    ]);
    expect(r2.confidence).toBeGreaterThan(0.6);
    expect(r2.confidence).toBeLessThanOrEqual(1);
  });

  it('a marked line that shares no words with any recommendation links nothing', () => {
    const p = plan(
      [row('1.1', 'Refurbish the office kitchen *')],
      ['Ref', 'Action', 'Lead', 'Deadline', 'RAG'],
    );
    const result = linkRecommendations(RECS, p);
    expect(result.counts).toEqual({ linked: 0, suggested: 0, 'not-covered': 3 });
  });

  it('the ref column, not the marker, decides when an action has both', () => {
    const p = plan([row('1.1', 'Reduce social worker caseloads *', 'R3')]);
    const result = linkRecommendations(RECS, p);
    expect(result.recommendations.map((r) => r.linked.map((l) => l.source))).toEqual([
      [],
      [],
      ['ref-column'],
    ]);
  });

  it('with explicit links switched off, only wording links', () => {
    const p = plan([row('1.1', 'Recruit more staff *', 'R2')]);
    const result = linkRecommendations(RECS, p, { explicit: false });
    expect(result.recommendations.flatMap((r) => r.linked)).toEqual([]);
  });

  it('links are listed confirmed first, then by confidence', () => {
    // The marked action comes first in the plan, but a ref-column link (confidence 1) outranks a marker.
    const p = plan([
      row('1.1', 'Conferences chaired well *'),
      row('1.2', 'Audit conference timeliness', 'R2'),
      row('1.3', 'Recruit more social workers'),
    ]);
    const result = linkRecommendations(RECS, p, { decisions: { R2: { confirmed: ['1.3'], rejected: [] } } });
    const linked = result.recommendations[1].linked;
    expect(linked.map((l) => [l.action, l.source])).toEqual([
      ['1.3', 'confirmed'],
      ['1.2', 'ref-column'],
      ['1.1', 'marker'],
    ]);
    expect(linked[2].confidence).toBeLessThan(1);
  });
});

describe('the result as a whole', () => {
  it('is empty for a report with no recommendations', () => {
    const p = plan([row('1.1', 'Recruit more staff *', 'R2')]);
    expect(linkRecommendations(report([]), p)).toEqual({
      recommendations: [],
      uncovered: [],
      counts: { linked: 0, suggested: 0, 'not-covered': 0 },
      followsReportOrder: false,
    });
  });

  it('counts each state and lists what is not covered', () => {
    const p = plan([
      row('1.1', 'Reduce social worker caseloads in the assessment teams'),
      row('1.2', 'Audit conference timeliness', 'R2'),
    ]);
    const result = linkRecommendations(RECS, p);
    expect(result.recommendations.map((r) => r.state)).toEqual(['suggested', 'linked', 'not-covered']);
    expect(result.counts).toEqual({ linked: 1, suggested: 1, 'not-covered': 1 });
    expect(result.uncovered).toEqual(['R3']);
    expect(result.recommendations[0].answers.map((a) => [a.action, a.source])).toEqual([['1.1', 'text']]);
    expect(result.recommendations[1].answers.map((a) => a.source)).toEqual(['ref-column']);
  });

  it("never counts the council's own name as shared wording", () => {
    const recs = report([rec('R1', 'Anyshire must improve the timeliness of conferences.')]);
    const p = plan([row('1.1', 'Anyshire staff survey')]);
    const result = linkRecommendations(recs, p);
    const shared = result.recommendations[0].suggestions.flatMap((s) =>
      s.reasons.shared.map((t) => `${t.plan} ${t.report}`),
    );
    expect(shared.join(' ')).not.toMatch(/anyshire/i);
    expect(result.recommendations[0].state).toBe('not-covered');
  });

  it('fills up to maxSuggestions with weak suggestions after the strong and possible ones', () => {
    const p = plan(
      Array.from({ length: 12 }, (_, i) => row(`1.${i + 1}`, `Social workers team meeting number ${i + 1}`)),
    );
    const all = linkRecommendations(RECS, p, { maxSuggestions: 100 }).recommendations[0].suggestions;
    const proposed = all.filter((s) => s.strength !== 'weak').length;
    const weak = all.filter((s) => s.strength === 'weak').length;
    expect(weak).toBeGreaterThan(3);
    for (const max of [0, 1, proposed + 2, 100]) {
      const kept = linkRecommendations(RECS, p, { maxSuggestions: max }).recommendations[0].suggestions;
      expect(kept.filter((s) => s.strength !== 'weak')).toHaveLength(proposed);
      expect(kept.filter((s) => s.strength === 'weak')).toHaveLength(
        Math.min(weak, Math.max(0, max - proposed)),
      );
      expect(kept.slice(proposed).every((s) => s.strength === 'weak')).toBe(true);
    }
    expect(all.every((s) => s.strength !== 'weak' || s.confidence >= 0.03)).toBe(true);
  });

  it('does not suggest an explicitly linked action again for the same recommendation', () => {
    const p = plan([row('1.1', 'Improve the timeliness of initial child protection conferences', 'R2')]);
    const r2 = linkRecommendations(RECS, p).recommendations[1];
    expect(r2.suggestions.map((s) => [s.action, s.source])).toEqual([['1.1', 'ref-column']]);
  });
});

describe('the order hint and competition, on a plan that takes the report in order', () => {
  const inOrder = report([
    rec('R1', 'Reduce the caseloads of social workers in the assessment teams.'),
    rec('R2', 'Improve the timeliness of initial child protection conferences.'),
    rec('R3', 'Ensure that pathway plans for care leavers are up to date.'),
    rec('R4', 'Increase the sufficiency of local foster placements.'),
    rec('R5', 'Strengthen management oversight of the timeliness of assessments.'),
  ]);
  const p = plan(
    [
      ['1', 'Objective: Caseloads'],
      row('1.1', 'Reduce caseloads of social workers in assessment teams'),
      ['2', 'Objective: Conferences'],
      row('2.1', 'Improve timeliness of initial child protection conferences'),
      ['3', 'Objective: Care leavers'],
      row('3.1', 'Update pathway plans for care leavers'),
      ['4', 'Objective: Fostering'],
      row('4.1', 'Increase sufficiency of local foster placements'),
      ['5', 'Objective: Oversight'],
      row('5.1', 'Managers review oversight of assessments'),
    ],
    ['Ref', 'Action', 'Lead', 'Deadline', 'RAG', 'Ofsted ref'],
  );
  const result = linkRecommendations(inOrder, p);

  it('sees that the plan follows the report, and says so on the suggestions it raised', () => {
    expect(result.followsReportOrder).toBe(true);
    expect(result.recommendations.map((r) => r.answers.map((a) => a.action))).toEqual([
      ['1.1'],
      ['2.1'],
      ['3.1'],
      ['4.1'],
      ['5.1'],
    ]);
    for (const r of result.recommendations) {
      expect(r.answers[0].reasons.hints).toContain(
        'its objective comes where the recommendation comes in the report',
      );
    }
  });

  it('says when an action is listed under a recommendation it matches less well than another', () => {
    // 2.1 shares "timeliness" with R5, but answers R2.
    const other = result.recommendations[4].suggestions.find((s) => s.action === '2.1');
    expect(other?.reasons.hints).toContain('it matches another recommendation better');
    expect(result.recommendations[1].answers[0].reasons.hints).not.toContain(
      'it matches another recommendation better',
    );
  });

  it('takes no order hint from a plan with one objective', () => {
    const flat = plan([
      row('1.1', 'Reduce caseloads of social workers in assessment teams'),
      row('1.2', 'Improve timeliness of initial child protection conferences'),
      row('1.3', 'Update pathway plans for care leavers'),
      row('1.4', 'Increase sufficiency of local foster placements'),
      row('1.5', 'Managers review oversight of assessments'),
    ]);
    const hints = linkRecommendations(inOrder, flat).recommendations.flatMap((r) =>
      r.suggestions.flatMap((s) => s.reasons.hints),
    );
    expect(hints).not.toContain('its objective comes where the recommendation comes in the report');
    const [first] = linkRecommendations(inOrder, flat).recommendations[0].answers;
    expect([first.action, first.source, first.reasons.hints]).toEqual(['1.1', 'text', []]);
  });

  it("gives a recommendation alone in its list (the board's only one) no place in the order", () => {
    const withBoard = report([
      ...inOrder.recommendations,
      rec('R6', 'The board should audit the quality of multi-agent referrals.', {
        addressee: 'safeguarding-board',
      }),
    ]);
    const result = linkRecommendations(withBoard, p);
    expect(result.followsReportOrder).toBe(true);
    for (const r of result.recommendations)
      for (const s of r.suggestions) expect(Number.isFinite(s.confidence)).toBe(true);
    expect(result.recommendations.slice(0, 5).map((r) => r.answers.map((a) => a.action))).toEqual([
      ['1.1'],
      ['2.1'],
      ['3.1'],
      ['4.1'],
      ['5.1'],
    ]);
  });
});
