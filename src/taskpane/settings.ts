/**
 * The pane's own choices that belong to one workbook: the as-of day deadlines are judged by (today
 * unless the officer picks another) and the due-soon window. In Excel they are kept in the workbook's
 * add-in settings (`Office.context.document.settings`, saved with the file; see
 * https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings), so
 * they travel with it and never touch a sheet. The preview keeps them in the browser, per file name.
 */
import { parseIso } from '../core/dates';
import { dueSoonDaysFrom } from '../core/due-soon';
import type { IsoDate } from '../core/types';

export interface PaneSettings {
  /** The chosen as-of day, or absent for "today". */
  asOf?: IsoDate;
  /** The chosen due-soon window, or absent for the default (30 days). */
  dueSoonDays?: number;
}

export interface PaneSettingsStore {
  load(): PaneSettings;
  save(settings: PaneSettings): void;
}

const KEY = 'planTracker.view';

/** Only well-formed values are kept: a hand-edited or damaged setting is ignored, never trusted. */
export function cleanSettings(raw: unknown): PaneSettings {
  if (typeof raw !== 'object' || raw === null) return {};
  const r = raw as Record<string, unknown>;
  const out: PaneSettings = {};
  if (typeof r.asOf === 'string' && parseIso(r.asOf)) out.asOf = r.asOf;
  const days = dueSoonDaysFrom(r.dueSoonDays);
  if (days !== null) out.dueSoonDays = days;
  return out;
}

/** Settings that last only while the pane is open (tests, and hosts with nowhere to keep them). */
export function memorySettings(initial: PaneSettings = {}): PaneSettingsStore {
  let kept = { ...initial };
  return { load: () => ({ ...kept }), save: (s) => void (kept = { ...s }) };
}

/** The workbook's add-in settings in Excel; in memory where Office offers none. */
export function officeSettings(): PaneSettingsStore {
  const settings = typeof Office !== 'undefined' ? Office.context?.document?.settings : undefined;
  if (!settings) return memorySettings();
  return {
    load() {
      try {
        return cleanSettings(settings.get(KEY));
      } catch {
        return {};
      }
    },
    save(value) {
      try {
        settings.set(KEY, value);
        settings.saveAsync(() => undefined); // saved with the workbook; a failure only loses the choice
      } catch {
        // Settings are a convenience: the pane works the same without them.
      }
    },
  };
}

/** The browser's storage, one entry per workbook name (the preview). */
export function browserSettings(workbook: string): PaneSettingsStore {
  const key = `${KEY}:${workbook}`;
  return {
    load() {
      try {
        return cleanSettings(JSON.parse(window.localStorage.getItem(key) ?? 'null'));
      } catch {
        return {};
      }
    },
    save(value) {
      try {
        window.localStorage.setItem(key, JSON.stringify(value));
      } catch {
        // Private browsing may refuse storage: the choice lasts until the page closes.
      }
    },
  };
}
