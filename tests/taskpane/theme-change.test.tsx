/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/**
 * The pane re-themes while it is open: when the browser's dark-mode preference changes (outside Office,
 * or where Office does not report theme changes) and when Office raises OfficeThemeChanged. Both go
 * through watchTheme (src/taskpane/office-context.ts); App keeps the latest colours and unsubscribes
 * on unmount.
 */
import ExcelJS from 'exceljs';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { act, screen } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { watchTheme } from '../../src/taskpane/office-context';
import { createWorkbookHost } from '../../src/preview/workbook-host';

import { renderPane } from '../support/render-pane';

const AS_OF = '2025-06-30';
const DARK_QUERY = '(prefers-color-scheme: dark)';

type Listener = (event: { matches: boolean }) => void;

/**
 * A stand-in for window.matchMedia whose dark-mode preference the test sets, and whose dark-mode
 * listeners it fires. (Other queries, such as Fluent's reduced-motion one, never match or fire.)
 */
class ColourScheme {
  dark = false;
  /** The listeners on the dark-mode query. */
  readonly listeners = new Set<Listener>();

  install(): void {
    const isDark = () => this.dark;
    const listeners = this.listeners;
    window.matchMedia = ((query: string) => {
      const mine = query === DARK_QUERY;
      return {
        media: query,
        get matches() {
          return mine && isDark();
        },
        onchange: null,
        addEventListener: (_type: string, listener: Listener) => mine && listeners.add(listener),
        removeEventListener: (_type: string, listener: Listener) => mine && listeners.delete(listener),
        addListener: () => undefined,
        removeListener: () => undefined,
        dispatchEvent: () => true,
      };
    }) as unknown as typeof window.matchMedia;
  }

  set(dark: boolean): void {
    this.dark = dark;
    act(() => {
      for (const listener of [...this.listeners]) listener({ matches: dark });
    });
  }
}

/** A stand-in for the parts of Office.js the pane touches, capturing the theme-changed handler. */
function installOffice(theme: { bodyBackgroundColor: string; bodyForegroundColor: string }) {
  const office = {
    handler: null as ((args: unknown) => void) | null,
    removed: 0,
    context: {
      officeTheme: theme,
      requirements: { isSetSupported: () => true },
      document: {
        addHandlerAsync: jest.fn((_type: string, handler: (args: unknown) => void) => {
          office.handler = handler;
        }),
        removeHandlerAsync: jest.fn(() => {
          office.removed++;
        }),
      },
    },
    EventType: { OfficeThemeChanged: 'officeThemeChanged' },
  };
  (globalThis as { Office?: unknown }).Office = office;
  return office;
}

/** The value of a CSS variable the FluentProvider at the root of the pane sets. */
function providerVariable(name: string): string | undefined {
  const provider = document.querySelector('.fui-FluentProvider');
  if (!provider) throw new Error('no FluentProvider rendered');
  for (const className of Array.from(provider.classList)) {
    const tag = document.getElementById(className) as HTMLStyleElement | null;
    const rules = tag?.sheet?.cssRules;
    if (!rules || rules.length === 0) continue;
    const match = new RegExp(`${name}:\\s*([^;]+);`).exec(rules[0].cssText);
    if (match) return match[1].trim();
  }
  return undefined;
}

const background = () => providerVariable('--colorNeutralBackground1');
const foreground2 = () => providerVariable('--colorNeutralForeground2');

async function renderApp() {
  const host = createWorkbookHost(new ExcelJS.Workbook());
  const view = renderPane(<App host={host} asOf={AS_OF} />, { provider: false });
  await screen.findByText(/^Last checked/);
  return view;
}

let scheme: ColourScheme;
const originalMatchMedia = window.matchMedia;

beforeEach(() => {
  scheme = new ColourScheme();
  scheme.install();
});

afterEach(() => {
  window.matchMedia = originalMatchMedia;
  delete (globalThis as { Office?: unknown }).Office;
});

describe('theme changes', () => {
  test('outside Office, the pane follows the browser’s dark-mode preference as it changes', async () => {
    expect(typeof Office).toBe('undefined');
    const view = await renderApp();
    expect(background()).toBe(webLightTheme.colorNeutralBackground1);

    scheme.set(true);
    expect(background()).toBe(webDarkTheme.colorNeutralBackground1);
    expect(foreground2()).toBe(webDarkTheme.colorNeutralForeground2);

    scheme.set(false);
    expect(background()).toBe(webLightTheme.colorNeutralBackground1);
    expect(foreground2()).toBe(webLightTheme.colorNeutralForeground2);

    // Unmounting stops listening.
    expect(scheme.listeners.size).toBe(1);
    view.unmount();
    expect(scheme.listeners.size).toBe(0);
  });

  test('starts dark when the browser prefers dark', async () => {
    scheme.dark = true;
    await renderApp();
    expect(background()).toBe(webDarkTheme.colorNeutralBackground1);
  });

  test('in Office, an OfficeThemeChanged event re-themes the pane with Office’s colours', async () => {
    const office = installOffice({ bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#000000' });
    const view = await renderApp();
    expect(office.context.document.addHandlerAsync).toHaveBeenCalledWith(
      'officeThemeChanged',
      expect.any(Function),
    );
    expect(background()).toBe('#ffffff');
    expect(foreground2()).toBe(webLightTheme.colorNeutralForeground2);

    // The event carries the new theme (Office.context.officeTheme may not have caught up yet).
    act(() =>
      office.handler!({
        type: 'officeThemeChanged',
        officeTheme: { bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF' },
      }),
    );
    expect(background()).toBe('#262626');
    expect(providerVariable('--colorNeutralForeground1')).toBe('#ffffff');
    expect(foreground2()).toBe(webDarkTheme.colorNeutralForeground2);

    // Back to a light theme, this time read from Office.context.
    office.context.officeTheme = { bodyBackgroundColor: '#F3F3F3', bodyForegroundColor: '#262626' };
    act(() => office.handler!({ type: 'officeThemeChanged' }));
    expect(background()).toBe('#f3f3f3');
    expect(foreground2()).toBe(webLightTheme.colorNeutralForeground2);

    view.unmount();
    expect(office.removed).toBe(1);
  });

  test('watchTheme survives an Office without the event, and a handler registration that throws', () => {
    (globalThis as { Office?: unknown }).Office = { context: { document: {} }, EventType: {} };
    const seen: boolean[] = [];
    let stop = watchTheme((info) => seen.push(info.prefersDark));
    scheme.set(true);
    stop();
    scheme.set(false);
    expect(seen).toEqual([true]);

    (globalThis as { Office?: unknown }).Office = {
      context: {
        document: {
          addHandlerAsync: () => {
            throw new Error('Not supported in this host');
          },
        },
      },
      EventType: { OfficeThemeChanged: 'officeThemeChanged' },
    };
    stop = watchTheme((info) => seen.push(info.prefersDark));
    scheme.set(true);
    stop();
    expect(seen).toEqual([true, true]);
  });
});
