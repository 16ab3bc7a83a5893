/**
 * The one set-up for pane tests in jsdom: `renderPane(<CheckView … />)` renders inside the Fluent
 * provider the pane uses, with what jsdom lacks filled in once. Test files still say
 * `@jest-environment jsdom` in their docblock (jest reads it before any import).
 *
 * Also here: an example workbook as the preview's in-page host, its engine, and a fast way to find a
 * button by its visible text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReactElement } from 'react';
import ExcelJS from 'exceljs';
import { FluentProvider, webLightTheme, type Theme } from '@fluentui/react-components';
import { configure, render, within, type RenderResult } from '@testing-library/react';
import { createWorkbookHost, type WorkbookHost } from '../../src/preview/workbook-host';
import { localEngine, type PaneEngine } from '../../src/taskpane/engine/engine';

// jsdom has no ResizeObserver; Fluent's MessageBar only uses it to decide when to wrap.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= NoResizeObserver;

// Role queries skip the (slow, in jsdom) visibility check: collapsed panels are not rendered at all.
// findBy… and waitFor wait up to 5 s: a re-check of a whole example takes a while on a busy 2-core runner.
configure({ defaultHidden: true, asyncUtilTimeout: 5000 });

export interface RenderPaneOptions {
  theme?: Theme;
  /** False for a component that brings its own FluentProvider (the whole App). */
  provider?: boolean;
}

export function renderPane(
  ui: ReactElement,
  { theme = webLightTheme, provider = true }: RenderPaneOptions = {},
): RenderResult {
  return render(provider ? <FluentProvider theme={theme}>{ui}</FluentProvider> : ui);
}

export const EXAMPLES = join(__dirname, '../../examples');

/** An example workbook (from examples/) in the preview's ExcelJS-backed host, fresh each time. */
export async function exampleHost(name: string): Promise<WorkbookHost> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(join(EXAMPLES, name)) as unknown as ArrayBuffer);
  return createWorkbookHost(workbook);
}

/** The pane's engine over a host, running its tasks in the test's own thread. */
export function engineOf(host: WorkbookHost): PaneEngine {
  return localEngine(host);
}

/**
 * The button whose visible text matches. (Text queries rather than role queries: computing every
 * button's accessible name in jsdom costs seconds on a pane this size.)
 */
export function button(text: string | RegExp, container: HTMLElement = document.body): HTMLButtonElement {
  const found = within(container).getByText(text, { ignore: 'script, style, span.fui-Badge' });
  const element = found.closest('button');
  if (!element) throw new Error(`"${found.textContent}" is not in a button`);
  return element;
}
