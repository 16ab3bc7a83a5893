/**
 * Checks the workbook the pane is attached to, and checks it again whenever the plan may have changed:
 * when the host reports a change (debounced), when the pane gets focus back, and when the selection
 * moves (Excel on the web does not report a change for a pick from a drop-down list, but the selection
 * event still fires). One check runs at a time; a request that arrives meanwhile runs once it ends.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { checkWorkbook, type WorkbookCheck } from '../../core/check';
import { HostError, type PlanHost } from '../../core/host';
import type { WorkbookSnapshot } from '../../core/snapshot';
import type { IsoDate } from '../../core/types';

/** A host that can also say when the selection moves (Excel and the preview can; the port does not require it). */
export interface SelectionEvents {
  onSelectionChanged?(callback: () => void): Promise<() => void>;
}

export interface CheckState {
  checking: boolean;
  snapshot: WorkbookSnapshot | null;
  result: WorkbookCheck | null;
  /** What went wrong with the last check, in plain English, or null. */
  error: string | null;
  lastChecked: Date | null;
}

export interface UseCheckOptions {
  /** How long to wait after the last change before checking again. */
  debounceMs?: number;
  now?: () => Date;
}

export const RECHECK_DEBOUNCE_MS = 600;

/** A HostError's message is meant for the officer and is shown as it is; anything else gets a plain preface. */
export function plainMessage(error: unknown, doing: string): string {
  if (error instanceof HostError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Plan Tracker could not ${doing}. ${detail}`.trim();
}

export function useCheck(
  host: PlanHost & SelectionEvents,
  asOf: IsoDate,
  { debounceMs = RECHECK_DEBOUNCE_MS, now = () => new Date() }: UseCheckOptions = {},
): CheckState & { recheck: () => Promise<void> } {
  const [state, setState] = useState<CheckState>({
    checking: true,
    snapshot: null,
    result: null,
    error: null,
    lastChecked: null,
  });
  const running = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const mounted = useRef(true);
  const nowRef = useRef(now);
  nowRef.current = now;

  const runOnce = useCallback(async () => {
    if (mounted.current) setState((s) => ({ ...s, checking: true }));
    try {
      const snapshot = await host.readWorkbook();
      const result = checkWorkbook(snapshot, { asOf });
      if (mounted.current)
        setState({ checking: false, snapshot, result, error: null, lastChecked: nowRef.current() });
    } catch (e) {
      if (mounted.current)
        setState((s) => ({ ...s, checking: false, error: plainMessage(e, 'read the workbook') }));
    }
  }, [host, asOf]);

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
    const unsubscribers: (() => void)[] = [];
    let disposed = false;
    const keep = (subscription: Promise<() => void> | undefined) => {
      subscription?.then((off) => (disposed ? off() : unsubscribers.push(off))).catch(() => undefined); // a host that cannot report changes is still checked on focus
    };
    keep(host.onChanged?.(soon));
    keep(host.onSelectionChanged?.(soon));
    window.addEventListener('focus', soon);
    void recheck();
    return () => {
      disposed = true;
      mounted.current = false;
      if (timer !== undefined) clearTimeout(timer);
      window.removeEventListener('focus', soon);
      for (const off of unsubscribers) off();
    };
  }, [host, recheck, debounceMs]);

  return { ...state, recheck };
}
