/**
 * The few facts the pane reads from Office at start-up, read defensively so the pane also renders in a
 * plain browser (no Office.js, or Office.js loaded outside an Office host).
 */
import type { OfficeThemeColours } from './theme';
import type { IsSetSupported } from './requirements';

export interface HostInfo {
  officeTheme: OfficeThemeColours | undefined;
  prefersDark: boolean;
  isSetSupported: IsSetSupported;
}

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
    window.matchMedia('(prefers-color-scheme: dark)').matches;
  return { officeTheme, prefersDark, isSetSupported };
}
