/**
 * The second and third steps of reading a plan: build themes → objectives → actions from the classified
 * rows, then fix up the objectives (an objective without a ref takes it from its actions).
 */
import {
  OBJECTIVE_PREFIX,
  THEME_WORDS,
  text,
  type Cells,
  type ClassifiedFacts,
  type RowFacts,
} from './plan-rows';
import { parentKey } from './refs';
import { normalise } from './text';
import type { Objective, PlanAction, Theme } from './types';

const OFSTED_WORDING = /ofsted\s+(requirement|recommendation)/i;

export function isOfstedMarked(s: string): boolean {
  return /\*/.test(s) || OFSTED_WORDING.test(s);
}

export interface PlanTree {
  themes: Theme[];
  objectives: Objective[];
  /** Every action in sheet order, orphans included. */
  actions: PlanAction[];
}

export interface TreeOptions {
  hasSeparateObjective: boolean;
  /** A theme banner above the header (the header repeats under each banner), or null. */
  themeAbove: Theme | null;
  /**
   * Group actions into objectives by their refs ('1.1', '1.2' under 1; 'A1', 'A2' under A): for plans
   * with neither objective rows nor an objective column.
   */
  groupByRef: boolean;
  /** Reads an action row's cells. */
  readAction: (facts: RowFacts) => PlanAction;
}

/** The objective ref of an action ref ('1.2.3' → '1.2', 'P1.1' → 'P1', 'A4' → 'A'), or null. */
function parentRef(ref: string | null): string | null {
  return ref ? parentKey(ref) : null;
}

export function buildTree(rows: ClassifiedFacts[], options: TreeOptions): PlanTree {
  const tree: PlanTree = { themes: [], objectives: [], actions: [] };
  // Where the next row goes: the current theme and objective.
  const at: { theme: Theme | null; objective: Objective | null } = {
    theme: options.themeAbove,
    objective: null,
  };
  if (at.theme) tree.themes.push(at.theme);

  const ensureTheme = (): Theme => {
    if (!at.theme) {
      // A plan without banners gets one implicit theme (row 0) so every objective has a home.
      at.theme = { title: '', row: 0, objectives: [] };
      tree.themes.push(at.theme);
    }
    return at.theme;
  };
  const addObjective = (o: Objective) => {
    at.objective = o;
    tree.objectives.push(o);
    ensureTheme().objectives.push(o);
  };

  for (const { facts, kind } of rows) {
    const rowNo = facts.index + 1;
    if (kind === 'theme') {
      at.theme = { title: facts.first, row: rowNo, objectives: [] };
      tree.themes.push(at.theme);
      at.objective = null;
      continue;
    }
    // A grouping column (Workstream, Priority, Theme): each change of its value starts a theme.
    if ((kind === 'objective' || kind === 'action') && facts.groupText !== '') {
      if (normalise(facts.groupText) !== normalise(at.theme?.title ?? '')) {
        at.theme = { title: facts.groupText, row: rowNo, objectives: [] };
        tree.themes.push(at.theme);
        at.objective = null;
      }
    }
    if (kind === 'objective') {
      const title = options.hasSeparateObjective ? facts.objectiveText || facts.mainText : facts.mainText;
      addObjective({
        ref: facts.ref,
        title: title.replace(OBJECTIVE_PREFIX, '').trim(),
        row: rowNo,
        ofsted: isOfstedMarked(facts.mainText),
        actions: [],
      });
    } else if (kind === 'action') {
      // Flat layouts: the objective is named on the action's own row (repeated, or only on the first row).
      const named = facts.objectiveText;
      if (
        options.hasSeparateObjective &&
        named !== '' &&
        normalise(named) !== normalise(at.objective?.title ?? '')
      ) {
        addObjective({
          ref: parentRef(facts.ref),
          title: named,
          row: rowNo,
          ofsted: isOfstedMarked(named),
          actions: [],
        });
      }
      if (options.groupByRef) {
        const key = parentRef(facts.ref);
        if (key === null) at.objective = null;
        else if (key !== at.objective?.ref)
          addObjective({ ref: key, title: '', row: rowNo, ofsted: false, actions: [] });
      }
      const action = options.readAction(facts);
      action.objectiveRef = at.objective?.ref ?? null;
      action.theme = at.theme?.title ?? null;
      if (at.objective) {
        action.ofsted ||= at.objective.ofsted;
        at.objective.actions.push(action);
      }
      tree.actions.push(action);
    }
  }
  return tree;
}

/** An objective that was never given a ref takes it from its first action (flat layouts). */
export function inheritObjectiveRefs(objectives: Objective[]): void {
  for (const o of objectives) {
    if (o.ref === null) o.ref = parentRef(o.actions[0]?.ref ?? null);
    for (const a of o.actions) a.objectiveRef = o.ref;
  }
}

/** The first theme's banner often sits above the first header row (the header repeats under each banner). */
export function bannerAbove(rows: Cells[], headerRow: number): Theme | null {
  for (let r = headerRow - 2; r >= 0; r--) {
    const texts = (rows[r] ?? []).map(text).filter((t) => t !== '');
    if (texts.length === 1 && THEME_WORDS.test(texts[0]))
      return { title: texts[0], row: r + 1, objectives: [] };
  }
  return null;
}
