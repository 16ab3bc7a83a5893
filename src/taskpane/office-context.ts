/**
 * The few facts the pane reads from Office at start-up, read defensively so the pane also renders in a
 * plain browser (no Office.js, or Office.js loaded outside an Office host), and the theme changes it
 * listens for afterwards.
 */
import type { OfficeThemeColours } from './theme';
import type { IsSetSupported } from '../excel/requirements';

export interface HostInfo {
  officeTheme: OfficeThemeColours | undefined;
  prefersDark: boolean;
  isSetSupported: IsSetSupported;
}

/** The colour-scheme query the browser answers; the pane falls back on it outside Office. */
const DARK_QUERY = '(prefers-color-scheme: dark)';

export function readHostInfo(): HostInfo {
  let officeTheme: OfficeThemeColours | undefined;
  let isSetSupported: IsSetSupported = () => true;
  if (typeof Office !== 'undefined' && Office.context) {
    try {
      officeTheme = Office.context.officeTheme ?? undefined;
    } catch {
      officeTheme = undefined; // not every host reports a theme
    }
    const requirements = Office.context.requirements;
    if (requirements) isSetSupported = (name, version) => requirements.isSetSupported(name, version);
  }
  const prefersDark =
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia(DARK_QUERY).matches;
  return { officeTheme, prefersDark, isSetSupported };
}

/**
 * Calls `onChange` with fresh host info whenever the pane's colours should change: when Office reports
 * a new Office theme, and when the browser's (or the operating system's) dark-mode preference changes.
 * Returns a function that stops listening.
 */
export function watchTheme(onChange: (info: HostInfo) => void): () => void {
  let stopped = false;
  const stops: (() => void)[] = [];

  // Office.EventType.OfficeThemeChanged is documented for Outlook (Mailbox 1.14) and for documents in
  // some hosts only; Excel raises it on some platforms and not others, and where it is not supported
  // addHandlerAsync fails (through its callback, or by throwing). So this is best effort, and the
  // prefers-color-scheme listener below still catches a dark-mode switch made in the operating system.
  if (typeof Office !== 'undefined') {
    try {
      const document = Office.context?.document;
      const eventType = Office.EventType?.OfficeThemeChanged;
      if (document && typeof document.addHandlerAsync === 'function' && eventType) {
        const handler = (event?: unknown) => {
          if (stopped) return;
          const info = readHostInfo();
          // The event carries the new theme; prefer it in case Office.context has not caught up yet.
          const theme = (event as { officeTheme?: OfficeThemeColours } | undefined)?.officeTheme;
          onChange(theme ? { ...info, officeTheme: theme } : info);
        };
        document.addHandlerAsync(eventType, handler);
        stops.push(() => {
          try {
            document.removeHandlerAsync(eventType, { handler });
          } catch {
            // The handler goes with the pane anyway.
          }
        });
      }
    } catch {
      // A host without the event: the colour-scheme listener is all there is.
    }
  }

  if (typeof window !== 'undefined' && typeof window.matchMedia === 'function') {
    const query = window.matchMedia(DARK_QUERY);
    const listener = () => {
      if (!stopped) onChange(readHostInfo());
    };
    if (typeof query.addEventListener === 'function') {
      query.addEventListener('change', listener);
      stops.push(() => query.removeEventListener('change', listener));
    } else if (typeof query.addListener === 'function') {
      // Older webviews (Safari before 14, the Internet Explorer control) only have addListener.
      query.addListener(listener);
      stops.push(() => query.removeListener(listener));
    }
  }

  return () => {
    stopped = true;
    for (const stop of stops.splice(0)) stop();
  };
}
