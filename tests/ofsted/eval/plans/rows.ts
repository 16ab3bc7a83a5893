import type { EvalAction, EvalTheme } from '../types';

/**
 * Themes for a flat plan whose rows are not grouped by theme (a table sorted by ref, its Priority column
 * changing from row to row): each run of rows with the same theme becomes one theme with no objective level.
 */
export function themesFromRows(rows: [string, EvalAction][]): EvalTheme[] {
  const themes: EvalTheme[] = [];
  for (const [title, action] of rows) {
    const last = themes[themes.length - 1];
    if (last && last.title === title) last.objectives[0].actions.push(action);
    else themes.push({ title, objectives: [{ text: '', actions: [action] }] });
  }
  return themes;
}
