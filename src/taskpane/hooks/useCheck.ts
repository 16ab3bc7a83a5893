/**
 * Checks the workbook the pane is attached to, and checks it again when the plan may have changed: when
 * the host reports a change (debounced) and when the pane gets focus back. One check runs at a time; a
 * request that arrives meanwhile runs once it ends.
 *
 * Moving the selection never reads the workbook. Excel on the web reports no change for a value picked
 * from a drop-down list (the pane used to re-read the whole workbook on every selection change to catch
 * it); now such a pick is caught when the officer comes back to the pane (focus) or presses "Check
 * again", and "Last checked" always says how fresh the results are.
 */
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { IsoDate } from '../../core/types';
import type { CheckReport } from '../engine/check-report';
import type { PaneEngine } from '../engine/engine';
import { userMessage } from '../messages';
import { PROGRESS_AFTER_MS } from './useHostAction';

export interface CheckState {
  checking: boolean;
  report: CheckReport | null;
  /** What went wrong with the last check, in the officer's words, or null. */
  error: string | null;
  lastChecked: Date | null;
  /** The step of a check that has taken over a second. */
  step: string | null;
}

export interface UseCheckOptions {
  /** How long to wait after the last change before checking again. */
  debounceMs?: number;
  now?: () => Date;
  /** Fixes not to offer again (dropdowns added in this session); read at each check. */
  hide?: () => string[];
}

export const RECHECK_DEBOUNCE_MS = 600;

export function useCheck(
  engine: PaneEngine,
  asOf: IsoDate,
  dueSoonDays: number,
  { debounceMs = RECHECK_DEBOUNCE_MS, now = () => new Date(), hide = () => [] }: UseCheckOptions = {},
): CheckState & { recheck: () => Promise<void> } {
  const [state, setState] = useState<CheckState>({
    checking: true,
    report: null,
    error: null,
    lastChecked: null,
    step: null,
  });
  const running = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const mounted = useRef(true);
  const nowRef = useRef(now);
  nowRef.current = now;
  const hideRef = useRef(hide);
  hideRef.current = hide;

  const runOnce = useCallback(async () => {
    if (mounted.current) setState((s) => ({ ...s, checking: true, step: null }));
    const started = Date.now();
    let latest: string | null = null;
    const timer = setTimeout(
      () => mounted.current && setState((s) => ({ ...s, step: latest })),
      PROGRESS_AFTER_MS,
    );
    try {
      const report = await engine.run('check', { asOf, dueSoonDays, hide: hideRef.current() }, (step) => {
        latest = step;
        if (mounted.current && Date.now() - started >= PROGRESS_AFTER_MS) setState((s) => ({ ...s, step }));
      });
      // A transition: React may draw a large report in slices, never holding up the page for long.
      if (mounted.current)
        startTransition(() =>
          setState({ checking: false, report, error: null, lastChecked: nowRef.current(), step: null }),
        );
    } catch (e) {
      if (mounted.current) setState((s) => ({ ...s, checking: false, step: null, error: userMessage(e) }));
    } finally {
      clearTimeout(timer);
    }
  }, [engine, asOf, dueSoonDays]);

  const recheck = useCallback((): Promise<void> => {
    if (running.current) {
      again.current = true;
      return running.current;
    }
    const loop = async () => {
      do {
        again.current = false;
        await runOnce();
      } while (again.current && mounted.current);
      running.current = null;
    };
    running.current = loop();
    return running.current;
  }, [runOnce]);

  useEffect(() => {
    mounted.current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const soon = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        void recheck();
      }, debounceMs);
    };
    let off: (() => void) | undefined;
    let disposed = false;
    // A host that cannot report changes is still checked on focus and on "Check again".
    engine
      .onChanged?.(soon)
      .then((unsubscribe) => (disposed ? unsubscribe() : (off = unsubscribe)))
      .catch(() => undefined);
    window.addEventListener('focus', soon);
    void recheck();
    return () => {
      disposed = true;
      mounted.current = false;
      if (timer !== undefined) clearTimeout(timer);
      window.removeEventListener('focus', soon);
      off?.();
    };
  }, [engine, recheck, debounceMs]);

  return { ...state, recheck };
}
