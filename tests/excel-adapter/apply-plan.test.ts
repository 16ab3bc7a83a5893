/**
 * The pieces apply() is made of (issue 15): the SheetCache it keeps between calls and the pure planApply
 * that decides, before anything is queued, what an edit list needs.
 */
import type { Edit } from '../../src/core/edits';
import { planApply } from '../../src/excel/apply-plan';
import { SheetCache } from '../../src/excel/sheet-cache';

const values = (sheet: string): Edit => ({ kind: 'setValues', sheet, address: 'A1', values: [['x']] });

describe('SheetCache', () => {
  test('knows nothing until a read; then names (any case) and protection', () => {
    const cache = new SheetCache();
    expect(cache.known).toBe(false);
    expect(cache.exists('Plan')).toBe(false);
    cache.remember([{ name: 'Plan' }, { name: 'Locked', protected: true }]);
    expect(cache.known).toBe(true);
    expect(cache.exists('plan')).toBe(true);
    expect(cache.protectedAmong(['Plan', 'LOCKED'])?.name).toBe('Locked');
  });

  test('markProtected after Excel refused a write; afterApply adds the sheets the edits created', () => {
    const cache = new SheetCache();
    cache.remember([{ name: 'Plan' }]);
    cache.markProtected('plan');
    expect(cache.protectedAmong(['Plan'])?.name).toBe('Plan');
    cache.afterApply([{ kind: 'writeSheet', spec: { name: 'RAG Summary', rows: [] } }]);
    expect(cache.exists('RAG Summary')).toBe(true);
    expect(cache.protectedAmong(['RAG Summary'])).toBeNull();
  });
});

describe('planApply', () => {
  const read = () => {
    const cache = new SheetCache();
    cache.remember([{ name: 'Plan' }, { name: 'Locked', protected: true }]);
    return cache;
  };

  test('the sheets written, once each, in order; a protected one refuses the whole list', () => {
    const plan = planApply([values('Plan'), values('Locked'), values('Plan')], read(), true);
    expect(plan.sheets).toEqual(['Plan', 'Locked']);
    expect(plan.refused).toBe('Locked');
  });

  test('removing tracker formats needs a fresh load first (tags gathered per sheet); plain writes do not', () => {
    const edits: Edit[] = [
      { kind: 'clearConditionalFormats', sheet: 'Plan', tag: 'rag-colours' },
      { kind: 'clearConditionalFormats', sheet: 'plan', tag: 'overdue' },
      values('Plan'),
    ];
    expect(planApply(edits, read(), true)).toMatchObject({
      clearing: [{ sheet: 'Plan', tags: ['rag-colours', 'overdue'] }],
      needsPreRead: true,
    });
    expect(planApply([values('Plan')], read(), true).needsPreRead).toBe(false);
    // An Excel without conditional formats (before ExcelApi 1.6) has nothing to remove.
    expect(planApply(edits, read(), false)).toMatchObject({ clearing: [], needsPreRead: false });
  });

  test('before any read, a pre-read of sheet names and protection comes first; an empty list needs none', () => {
    expect(planApply([values('Plan')], new SheetCache(), true).needsPreRead).toBe(true);
    expect(planApply([], new SheetCache(), true).needsPreRead).toBe(false);
  });
});
