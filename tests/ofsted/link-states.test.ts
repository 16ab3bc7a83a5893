/**
 * The three states (linked, suggested, not covered), the whole row (an Ofsted area column decides), the
 * reasons on every link, plans over several sheets, and the evaluation set's figures that README states.
 */
import { readPlanSheet, type PlanSheet } from '../../src/core/plan-reader';
import {
  coverageSentence,
  linkRecommendations,
  ofstedFindings,
  progressLine,
  reasonText,
  type OfstedReport,
} from '../../src/core/ofsted';
import { sheetFrom } from '../support/sheet';
import { HELD_OUT, scoreEvalSet, totalScore } from './eval-score';
import { recommendation, reportOf } from './fixtures';

function report(texts: string[]): OfstedReport {
  return reportOf(texts.map((text, i) => recommendation(`R${i + 1}`, text)));
}

/** A flat plan; `areas` stands in for the Ofsted area column the plan reader gives each action (issue 9). */
function plan(name: string, rows: (string | null)[][], areas: string[] = []): PlanSheet {
  const read = readPlanSheet(
    sheetFrom(name, [['Ref', 'Action', 'Lead', 'Deadline', 'RAG', 'Ofsted ref'], ...rows]),
  );
  if (!read.ok) throw new Error(read.reason);
  read.plan.actions.forEach((a, i) => {
    a.ofstedArea = areas[i] ?? '';
  });
  return read.plan;
}

const RECS = [
  'The response to children living with long-standing neglect.',
  'The timeliness of pre-proceedings work.',
  'Sufficiency of local foster placements.',
];

describe('three states', () => {
  const p = plan(
    'Plan',
    [
      [
        '1.1',
        'Roll out the new assessment tool in every team, with a practice lead',
        'Head of service',
        '31/03/2024',
        'Green',
        '',
      ],
      [
        '1.2',
        'PLO tracker reviewed monthly by the head of service',
        'Head of service',
        '31/03/2024',
        'Amber',
        'R2',
      ],
      ['1.3', 'Refresh the staff intranet pages', 'Comms officer', '31/03/2024', 'Green', ''],
    ],
    ['Neglect'],
  );
  const links = linkRecommendations(report(RECS), p);
  const [neglect, plo, sufficiency] = links.recommendations;

  it('linked from the Ofsted ref column, suggested by wording, not covered when nothing is plausible', () => {
    expect(plo).toMatchObject({ state: 'linked', answers: [{ action: '1.2', source: 'ref-column' }] });
    expect(neglect).toMatchObject({
      state: 'suggested',
      linked: [],
      answers: [{ action: '1.1', source: 'text' }],
    });
    expect(sufficiency.state).toBe('not-covered');
    expect(sufficiency.answers).toEqual([]);
    expect(links.counts).toEqual({ linked: 1, suggested: 1, 'not-covered': 1 });
    expect(links.uncovered).toEqual(['R3']);
    expect(progressLine(links)).toBe('1 of 3 recommendations linked, 1 suggested, 1 not covered');
  });

  it('raises ofsted-uncovered only for the recommendation nothing plausibly answers', () => {
    const uncovered = ofstedFindings(report(RECS), p, links).filter((f) => f.rule === 'ofsted-uncovered');
    expect(uncovered.map((f) => f.message)).toEqual([
      'No action in the plan answers Ofsted recommendation R3: "Sufficiency of local foster placements."',
    ]);
  });

  it('says "all linked" only when every recommendation is linked, not merely suggested', () => {
    expect(coverageSentence(links)).toBe('1 of 3 recommendations linked, 1 suggested, 1 not covered.');
    const two = report(RECS.slice(0, 2));
    const suggestedOnly = linkRecommendations(two, p);
    expect(suggestedOnly.counts).toMatchObject({ linked: 1, suggested: 1 });
    expect(coverageSentence(suggestedOnly)).not.toMatch(/^All/);
    const confirmed = linkRecommendations(two, p, {
      decisions: { R1: { confirmed: ['1.1'], rejected: [] } },
    });
    expect(coverageSentence(confirmed)).toBe('All 2 recommendations are linked to actions in the plan.');
  });

  it('gives every link its reasons: the explicit source, the shared terms and the column they are in', () => {
    expect(reasonText(plo.answers[0])).toBe(
      'Ofsted ref column: "R2"; shares "PLO" = "pre-proceedings" (action)',
    );
    // The neglect link rests on the Ofsted area column: the action's own words never say "neglect".
    expect(neglect.answers[0].reasons.shared[0]).toMatchObject({
      plan: 'Neglect',
      report: 'neglect',
      column: 'ofsted area',
    });
    for (const r of links.recommendations)
      for (const s of r.suggestions)
        expect(s.reasons.shared.length + (s.reasons.explicit ? 1 : 0)).toBeGreaterThan(0);
  });
});

describe('the whole row', () => {
  it('an Ofsted area of "Neglect" makes an action about an assessment tool the answer to a neglect recommendation', () => {
    const rows = [
      ['1.1', 'Roll out the new assessment tool in every team', 'Head of service', '31/03/2024', 'Green', ''],
      [
        '1.2',
        'Assessment training for the new starters in every team',
        'Head of service',
        '31/03/2024',
        'Green',
        '',
      ],
    ];
    const top = (areas: string[]) =>
      linkRecommendations(
        report(['Assessments of children living with long-standing neglect.']),
        plan('Plan', rows, areas),
      ).recommendations[0].suggestions[0].action;
    expect(top(['Neglect', 'Workforce'])).toBe('1.1');
    expect(top(['Workforce', 'Neglect'])).toBe('1.2');
  });
});

describe('a plan over several sheets', () => {
  it('links actions on any of them, each link naming its sheet', () => {
    const a = plan('P1 Safe practice', [
      ['1', 'Neglect strategy relaunched with partners', 'Head of service', '31/03/2024', 'Green', ''],
    ]);
    const b = plan('P2 Permanence', [
      [
        '1',
        'Foster carer recruitment campaign to grow local placements',
        'Head of service',
        '31/03/2024',
        'Green',
        '',
      ],
    ]);
    const links = linkRecommendations(report(RECS), [a, b]);
    expect(links.recommendations[0].answers[0]).toMatchObject({ sheet: 'P1 Safe practice', row: 2 });
    expect(links.recommendations[2].answers[0]).toMatchObject({ sheet: 'P2 Permanence', row: 2 });
  });
});

describe('the evaluation set (tests/ofsted/eval): what README states', () => {
  // The matcher alone: recommendations from the corpus key, the plan model built from the data.
  it.each([false, true])(
    'explicit links %s: top-1 at least 90%% overall and on the held-out plans, no false "not covered"',
    async (explicit) => {
      const scores = await scoreEvalSet('key', { kind: 'model' }, explicit);
      const total = totalScore(scores);
      const held = totalScore(scores.filter((s) => HELD_OUT.includes(s.id)));
      expect(total.answered).toBe(66);
      expect(total.top1 / total.answered).toBeGreaterThanOrEqual(0.9);
      expect(held.top1 / held.answered).toBeGreaterThanOrEqual(0.9);
      expect(total.top3 / total.answered).toBeGreaterThanOrEqual(0.95);
      expect(total.falseNotCovered).toBe(0);
      expect(total.falseLinked / total.putForward).toBeLessThanOrEqual(0.1);
    },
  );
});
