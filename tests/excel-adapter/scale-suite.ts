/**
 * The scale tests, one file per plan size so jest can run them side by side: on every simulated
 * platform, each step of a session stays within Excel on the web's 5 MB per request and per response,
 * needs no feature the platform lacks, does what it should, and takes the number of syncs pinned here.
 */
import { checkWorkbook } from '../../src/core/check';
import { EXCEL_API } from '../../src/excel/requirements';
import { isSetSupportedOn, PAYLOAD_LIMIT, PLATFORM_IDS, PLATFORMS, type PlatformId } from '../excel-double';
import { fixture, PLAN_SHEET, Session, trackerRuleCount, AS_OF } from './scale';

/**
 * Syncs per step, in the order Session runs them: read, six Structure commands, read, refresh, read,
 * highlight, remove; for each platform the file runs (every platform across the files of one size).
 */
export type ExpectedSyncs = Partial<Record<PlatformId, number[]>>;

const findings = (snapshot: Parameters<typeof checkWorkbook>[0]) =>
  checkWorkbook(snapshot, { asOf: AS_OF })
    .sheets.flatMap((s) => s.findings.map((f) => `${f.rule}@${f.sheet}!${f.cell}`))
    .sort();

/** The .xlsx adapter's findings for each fixture, worked out once. */
const expectedFindings = new Map<number, string[]>();

export function scaleSuite(actions: number, expected: ExpectedSyncs): void {
  const platforms = PLATFORM_IDS.filter((p) => expected[p]);
  describe.each(platforms)(`${actions.toLocaleString('en-GB')} actions on %s`, (platform) => {
    test('every step within 5 MB each way, on this platform’s requirement sets, with its pinned syncs', async () => {
      const supported = isSetSupportedOn(PLATFORMS[platform]);
      const has = (feature: keyof typeof EXCEL_API) => supported('ExcelApi', EXCEL_API[feature]);
      const f = fixture(actions);
      const s = new Session(f, platform);

      await s.read();
      const plan = s.plan;
      expect(plan.actions).toHaveLength(actions);
      if (!expectedFindings.has(actions)) expectedFindings.set(actions, findings(f.expected));
      if (has('cellProperties')) expect(findings(s.snapshot)).toEqual(expectedFindings.get(actions));
      else expect(plan.actions.map((a) => a.ref)).toEqual(planRefs(f.expected));
      const sheet = s.snapshot.sheets.find((x) => x.name === PLAN_SHEET)!;
      const merges = f.expected.sheets.find((x) => x.name === PLAN_SHEET)!.merges;
      expect([...sheet.merges].sort()).toEqual(has('mergedAreas') ? [...merges].sort() : []);

      await s.structure();
      const state = s.double.state;
      const planState = state.sheets.find((x) => x.name === PLAN_SHEET)!;
      expect(planState.dataValidations.length > 0).toBe(has('dataValidation'));
      expect(trackerRuleCount(state, PLAN_SHEET, 'rag-colours')).toBeGreaterThan(actions / 10);
      expect(state.sheets.map((x) => x.name)).toContain('New plan');

      await s.read();
      await s.refresh();
      const summary = state.sheets.find((x) => x.name === 'RAG Summary')!;
      expect(summary.cells.A1.value).toBe('RAG Summary');
      expect(summary.merges).toEqual([]);

      await s.read();
      const colours = trackerRuleCount(state, PLAN_SHEET, 'rag-colours');
      await s.highlight();
      expect(trackerRuleCount(state, PLAN_SHEET, 'ofsted-highlight')).toBeGreaterThan(0);
      await s.removeHighlight();
      expect(trackerRuleCount(state, PLAN_SHEET, 'ofsted-highlight')).toBe(0);
      expect(trackerRuleCount(state, PLAN_SHEET, 'rag-colours')).toBe(colours);

      expect(s.double.unsupported).toEqual([]);
      expect(s.refused).toEqual([]);
      for (const step of s.figures) {
        expect([step.step, step.request <= PAYLOAD_LIMIT, step.response <= PAYLOAD_LIMIT]).toEqual([
          step.step,
          true,
          true,
        ]);
      }
      expect(s.figures.map((x) => `${x.step}: ${x.syncs}`)).toEqual(
        s.figures.map((x, i) => `${x.step}: ${expected[platform]![i]}`),
      );
    });
  });
}

function planRefs(snapshot: Parameters<typeof checkWorkbook>[0]): (string | null)[] {
  const sheet = checkWorkbook(snapshot, { asOf: AS_OF }).sheets.find((x) => x.plan.sheet === PLAN_SHEET)!;
  return sheet.plan!.actions.map((a) => a.ref);
}
