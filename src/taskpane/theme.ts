/**
 * Picks the task pane's Fluent UI theme from the Office theme, so the pane matches Excel's own colours.
 * Pure (no Office or DOM access) so it can be tested without Office: the caller passes
 * `Office.context.officeTheme` (or undefined outside Office) and the browser's dark-mode preference.
 */
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** The colours of `Office.OfficeTheme` that the pane uses (all "#RRGGBB" strings). */
export interface OfficeThemeColours {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
}

/** "#RRGGBB", "RRGGBB" or "#RGB" → [r, g, b] in 0..255, or undefined when it is not a colour. */
export function parseHexColour(value: string | undefined): [number, number, number] | undefined {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance([r, g, b]: [number, number, number]): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** Whether a background colour is dark enough that light text reads better on it. */
export function isDarkColour(rgb: [number, number, number]): boolean {
  // Contrast with white beats contrast with black below a luminance of about 0.18.
  return relativeLuminance(rgb) < 0.18;
}

function normalise(value: string): string {
  const rgb = parseHexColour(value);
  return rgb ? `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}` : value;
}

/**
 * The Fluent theme for the pane. With an Office theme whose body background is a colour: webDarkTheme
 * when that background is dark, else webLightTheme, with the body background and text colours taken
 * from Office. Without one (outside Office, or a host that does not report it): the browser's
 * preference decides.
 */
export function themeFor(officeTheme: OfficeThemeColours | undefined, prefersDark: boolean): Theme {
  const background = parseHexColour(officeTheme?.bodyBackgroundColor);
  if (!officeTheme || !background) return prefersDark ? webDarkTheme : webLightTheme;
  const base = isDarkColour(background) ? webDarkTheme : webLightTheme;
  const overrides: Partial<Theme> = { colorNeutralBackground1: normalise(officeTheme.bodyBackgroundColor!) };
  if (parseHexColour(officeTheme.bodyForegroundColor)) {
    overrides.colorNeutralForeground1 = normalise(officeTheme.bodyForegroundColor!);
  }
  return { ...base, ...overrides };
}
