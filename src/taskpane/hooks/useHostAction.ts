/**
 * One action on the workbook at a time, as the views show it: which action is busy, what came of the
 * last one (success, nothing to do, or a failure in the officer's words from messages.ts), the step of
 * long work once it has run for a second, and focus kept where the officer was. A view that has gone
 * (another tab chosen) is never updated.
 *
 * Focus: when an action ends with focus dropped to the page (its button was disabled, or the list it
 * sat in was redrawn), focus goes back to the control that started it if it is still there and usable,
 * else to the message that says what happened.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { userMessage } from '../messages';

export interface Outcome {
  intent: 'success' | 'info' | 'warning' | 'error';
  title: string;
  text: string;
}

/** Work longer than this shows its step under the spinner. */
export const PROGRESS_AFTER_MS = 1000;

export interface HostAction {
  /** The label of the running action, or null. */
  busy: string | null;
  /** The current step of a long action ("Reading the workbook…"), once it has run for a second. */
  step: string | null;
  outcome: Outcome | null;
  /** Give to the element that shows the outcome, so focus can land on it. */
  outcomeRef: React.RefObject<HTMLDivElement>;
  /**
   * Runs `work`, then shows `done(result)` (null: show nothing). A failure is shown as "<label>: not
   * done" with the officer's message. Resolves to the result, or undefined when it failed.
   */
  run<T>(
    label: string,
    work: (progress: (step: string) => void) => Promise<T>,
    done?: (result: T) => Omit<Outcome, 'title'> & { title?: string },
  ): Promise<T | undefined>;
  setOutcome(outcome: Outcome | null): void;
}

function usable(element: Element | null): element is HTMLElement {
  return (
    element instanceof HTMLElement &&
    element.isConnected &&
    !element.hasAttribute('disabled') &&
    element.getAttribute('aria-disabled') !== 'true'
  );
}

/**
 * Puts focus back after an action if it was lost (or always, with `force`, when the officer was in a
 * dialog that has closed): on `from` if usable, else on `fallback`.
 */
export function restoreFocus(from: Element | null, fallback: HTMLElement | null, force = false): void {
  // A focused control that became disabled has lost focus too (browsers move it to the page).
  const active = document.activeElement;
  const lost = !active || active === document.body || !usable(active);
  if (!lost && !force) return;
  if (usable(from)) from.focus();
  else fallback?.focus();
}

/**
 * For a save the view follows with a new check: `keepFocus(from)` before checking again, and once the
 * new `report` is drawn (a transition, so later than the check's promise) focus goes back to `from` if
 * it was lost (the control that saved may be gone with what it answered), else to `fallback`.
 */
export function useFocusAfterCheck(
  report: unknown,
  fallback: React.RefObject<HTMLElement>,
): (from: Element | null) => void {
  const pending = useRef<Element | null | undefined>(undefined);
  useEffect(() => {
    if (pending.current === undefined) return;
    const from = pending.current;
    pending.current = undefined;
    restoreFocus(from, fallback.current);
  }, [report, fallback]);
  return useCallback((from: Element | null) => {
    pending.current = from;
  }, []);
}

export function useHostAction(): HostAction {
  const [busy, setBusy] = useState<string | null>(null);
  const [step, setStep] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const mounted = useRef(true);
  const pendingFocus = useRef<Element | null | undefined>(undefined);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // After the render that shows the outcome: focus back where the officer was, if it was lost.
  useEffect(() => {
    if (busy !== null || pendingFocus.current === undefined) return;
    const from = pendingFocus.current;
    pendingFocus.current = undefined;
    restoreFocus(from, outcomeRef.current);
  }, [busy, outcome]);

  const run = useCallback(
    async <T>(
      label: string,
      work: (progress: (step: string) => void) => Promise<T>,
      done?: (result: T) => Omit<Outcome, 'title'> & { title?: string },
    ): Promise<T | undefined> => {
      const from = document.activeElement;
      setBusy(label);
      setOutcome(null);
      setStep(null);
      const started = Date.now();
      let latest: string | null = null;
      const timer = setTimeout(() => mounted.current && setStep(latest), PROGRESS_AFTER_MS);
      const progress = (s: string) => {
        latest = s;
        if (mounted.current && Date.now() - started >= PROGRESS_AFTER_MS) setStep(s);
      };
      try {
        const result = await work(progress);
        if (mounted.current && done) {
          const shown = done(result);
          setOutcome({ title: label, ...shown });
        }
        return result;
      } catch (e) {
        if (mounted.current)
          setOutcome({ intent: 'error', title: `${label}: not done`, text: userMessage(e) });
        return undefined;
      } finally {
        clearTimeout(timer);
        if (mounted.current) {
          pendingFocus.current = from;
          setBusy(null);
          setStep(null);
        }
      }
    },
    [],
  );

  return { busy, step, outcome, outcomeRef, run, setOutcome };
}

export interface SaveThenCheck {
  saving: boolean;
  /** The officer's message when the last save failed. */
  error: string | null;
  /** What the last save did, once it succeeded. */
  note: string | null;
  /** Give to the line that shows `error` or `note`, so focus can land on it. */
  statusRef: React.RefObject<HTMLDivElement>;
  /**
   * One write (`work`), then `onSaved` (the view's new check). On success `saved` runs first and `done`
   * is shown; focus goes back once the new report is drawn. On failure the message is shown at once.
   */
  save(work: () => Promise<unknown>, done: string, saved?: () => void): Promise<void>;
}

/** A save that the view follows with a new check of the workbook (`report` is what that check gives). */
export function useSaveThenCheck(report: unknown, onSaved: () => Promise<void> | void): SaveThenCheck {
  const statusRef = useRef<HTMLDivElement>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const keepFocus = useFocusAfterCheck(report, statusRef);

  const save = async (work: () => Promise<unknown>, done: string, saved?: () => void) => {
    const from = document.activeElement;
    setSaving(true);
    setError(null);
    setNote(null);
    try {
      await work();
    } catch (e) {
      setError(userMessage(e));
      setSaving(false);
      setTimeout(() => restoreFocus(from, statusRef.current), 0);
      return;
    }
    saved?.();
    setNote(done);
    keepFocus(from);
    try {
      await onSaved();
    } finally {
      setSaving(false);
    }
  };

  return { saving, error, note, statusRef, save };
}
