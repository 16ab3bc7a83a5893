/**
 * The Walsall Strategic Improvement Plan Phase 2 (seed 001), rebuilt from the seed text and read back
 * through the .xlsx adapter. Expected values are typed from the seed, not produced by the engine.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WorkbookCheck } from '../../src/core/check';
import { buildExamples } from '../../scripts/build-examples';
import { checkFile } from '../support/check-file';

let check: WorkbookCheck;

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'plan-examples-'));
  const files = await buildExamples(dir);
  const walsall = files.find((f) => f.endsWith('walsall-sip-phase2.xlsx'))!;
  check = await checkFile(walsall, '2013-09-30');
}, 60_000);

const plan = () => check.sheets[0].plan;
const action = (ref: string) => plan().actions.find((a) => a.ref === ref)!;

describe('Walsall SIP Phase 2 example', () => {
  it('finds one plan sheet and skips the report summary sheet', () => {
    expect(check.sheets.map((s) => s.plan.sheet)).toEqual(['SIP Phase 2']);
    expect(check.skipped.map((s) => s.sheet)).toEqual(['Ofsted 2013 summary']);
  });

  it('reads 3 themes, 9 objectives and 27 actions in order', () => {
    expect(plan().themes.map((t) => t.title)).toEqual([
      'IMPROVEMENT THEME 1: THE QUALITY OF PARTNERSHIPS & GOVERNANCE (Theme Lead - Rose Collinson)',
      'IMPROVEMENT THEME 2: CAPACITY, CAPABILITY & CULTURE (Theme Lead – Rose Collinson)',
      'IMPROVEMENT THEME 3: THE QUALITY & EFFECTIVENESS OF FRONTLINE PRACTICE (Theme Lead – Sue Butcher)',
    ]);
    expect(plan().objectives.map((o) => o.ref)).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '2.1',
      '2.2',
      '2.3',
      '3.1',
      '3.2',
      '3.3',
    ]);
    expect(plan().objectives[0].title).toBe('To maximise the impact of Walsall Safeguarding Children Board');
    const refs = plan().actions.map((a) => a.ref);
    expect(refs).toHaveLength(27);
    expect(refs).toEqual(
      [1, 2, 3].flatMap((t) => [1, 2, 3].flatMap((o) => [1, 2, 3].map((a) => `${t}.${o}.${a}`))),
    );
    expect(plan().actions.every((a) => a.objectiveRef === a.ref!.split('.').slice(0, 2).join('.'))).toBe(
      true,
    );
  });

  it('classifies the repeated headers and the "* indicates" notes, never as actions', () => {
    const kinds = plan().rows.reduce<Record<string, number>>(
      (n, r) => ({ ...n, [r.kind]: (n[r.kind] ?? 0) + 1 }),
      {},
    );
    expect(kinds.action).toBe(27);
    expect(kinds.objective).toBe(9);
    expect(kinds.theme).toBe(2); // the first banner sits above the first header row
    expect(kinds.header).toBeGreaterThanOrEqual(15);
    expect(kinds.legend).toBe(2);
  });

  it('splits the combined Lead & delivery deadline cells, italics being the deadline', () => {
    expect(action('1.1.1').leads).toEqual(['Robert Lake']);
    expect(action('1.1.1').deadline).toMatchObject({
      kind: 'none',
      due: null,
      text: 'Deadlines determined by WSCB Business Plan',
    });
    expect(action('1.1.3').deadline).toMatchObject({
      kind: 'milestones',
      due: '2014-04-30',
      milestones: ['2013-11-30', '2014-04-30'],
    });
    expect(action('1.2.1')).toMatchObject({
      leads: ['Rose Collinson'],
      deadline: { kind: 'month', due: '2013-11-30' },
    });
    expect(action('1.2.2').leads).toEqual([
      'Salma Ali',
      'Tim Bacon',
      'Keith Whittlestone',
      'Jenny Garratt',
      'Sue Morgan',
      'Tony McGregor',
    ]);
    expect(action('1.3.2').leads).toEqual(['Carol Boughton', 'Tony McGregor']);
    expect(action('1.3.2').deadline).toMatchObject({
      kind: 'milestones',
      due: '2013-11-30',
      milestones: ['2013-11-30', '2013-08-31'],
    });
    expect(action('2.2.3').deadline).toMatchObject({ kind: 'recurring', due: '2013-12-31' });
    expect(action('2.3.2').leads).toEqual(['Karen Marcroft', 'Carol Williams']);
    expect(action('3.3.2')).toMatchObject({
      leads: ['Alison Glover'],
      deadline: { kind: 'month', due: '2013-08-31' },
    });
  });

  it('marks the actions that answer the 2013 Ofsted report (* or "Ofsted requirement")', () => {
    expect(
      plan()
        .actions.filter((a) => a.ofsted)
        .map((a) => a.ref),
    ).toEqual([
      '1.2.2',
      '1.3.1',
      '1.3.2',
      '2.1.2',
      '2.1.3',
      '2.2.1',
      '2.2.2',
      '2.3.1',
      '2.3.2',
      '3.1.2',
      '3.3.2',
      '3.3.3',
    ]);
  });

  it('reports exactly: every RAG cell invalid (the plan predates ratings), two overdue, two undated', () => {
    const findings = check.sheets[0].findings;
    const byRule = findings.reduce<Record<string, string[]>>(
      (m, f) => ({ ...m, [f.rule]: [...(m[f.rule] ?? []), f.cell] }),
      {},
    );
    expect(Object.keys(byRule).sort()).toEqual(['invalid-rag', 'no-deadline-date', 'overdue']);
    expect(byRule['invalid-rag']).toHaveLength(54);
    expect(findings.filter((f) => f.rule === 'overdue').map((f) => [f.cell, f.ref])).toEqual([
      ['C38', '2.1.3'],
      ['C73', '3.3.2'],
    ]);
    expect(findings.filter((f) => f.rule === 'no-deadline-date').map((f) => f.ref)).toEqual([
      '1.1.1',
      '1.1.2',
    ]);
    expect(
      plan().actions.every((a) => a.actionRag.rating === 'invalid' && a.impactRag.rating === 'invalid'),
    ).toBe(true);
  });
});
