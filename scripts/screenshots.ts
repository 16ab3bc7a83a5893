/**
 * `npm run screenshots`: the README's pictures of the task pane, made from the browser preview in
 * headless Chromium (never by a test): each view at a task pane's width of 320 px, in the light and the
 * dark theme (the preview follows the system's colour scheme), and one picture of the whole preview.
 * Writes docs/pane-<view>-<light|dark>.png and docs/preview.png.
 */
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ROOT, buildPreview, launchChromium, serve } from './lib/preview-browser';

const WIDTH = 320;
const DOCS = join(ROOT, 'docs');
const REPORT = join(ROOT, '../shared/seeds/001_417503daf9182b66.txt');

type Theme = 'light' | 'dark';

async function open(browser: Browser, url: string, theme: Theme, query: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1180, height: 960 },
    colorScheme: theme,
    reducedMotion: 'reduce',
    locale: 'en-GB',
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  await page.goto(`${url}/?pane=${WIDTH}&${query}`);
  await page
    .getByTestId('pane')
    .getByText(/^Last checked/)
    .waitFor({ timeout: 60_000 });
  return page;
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  await page.getByTestId('pane').evaluate((pane) => pane.scrollTo(0, 0));
  await page.getByTestId('pane').screenshot({ path: join(DOCS, `${name}.png`) });
  console.log(`docs/${name}.png`);
}

async function views(browser: Browser, url: string, theme: Theme): Promise<void> {
  const worcs = 'example=worcestershire-priority-plan.xlsx&asOf=2010-10-01';
  let page = await open(browser, url, theme, worcs);
  const pane = page.getByTestId('pane');
  await pane.getByRole('button', { name: /^Overdue/ }).click();
  await shoot(page, `pane-check-${theme}`);

  await pane.getByRole('tab', { name: 'Structure' }).click();
  await pane.getByRole('button', { name: 'Apply RAG dropdowns and colours' }).click();
  await pane.getByTestId('outcome').filter({ hasText: 'now offer' }).waitFor();
  await shoot(page, `pane-structure-${theme}`);

  await pane.getByRole('tab', { name: 'Summary' }).click();
  await pane.getByRole('button', { name: 'Refresh RAG summary' }).click();
  await pane.getByRole('definition').first().waitFor();
  await shoot(page, `pane-summary-${theme}`);
  if (theme === 'light') {
    await page.screenshot({ path: join(DOCS, 'preview.png') });
    console.log('docs/preview.png');
  }
  await page.context().close();

  page = await open(browser, url, theme, 'example=walsall-sip-phase2.xlsx&asOf=2013-09-30');
  await page.getByTestId('pane').getByRole('tab', { name: 'Ofsted' }).click();
  await page
    .getByTestId('pane')
    .getByRole('textbox', { name: 'Report text' })
    .fill(readFileSync(REPORT, 'utf8'));
  await page.getByTestId('pane').getByRole('button', { name: 'Read report' }).click();
  await page.getByTestId('outcome').filter({ hasText: 'recommendations read' }).waitFor({ timeout: 60_000 });
  await shoot(page, `pane-ofsted-${theme}`);
  await page.context().close();
}

async function main(): Promise<void> {
  const outDir = await mkdtemp(join(tmpdir(), 'plan-screenshots-'));
  await mkdir(DOCS, { recursive: true });
  await buildPreview(outDir);
  const { server, url } = await serve(outDir);
  const browser = await launchChromium();
  try {
    for (const theme of ['light', 'dark'] as const) await views(browser, url, theme);
  } finally {
    await browser.close();
    server.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
