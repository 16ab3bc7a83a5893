/**
 * The task pane's download: runs the production webpack build (webpack's Node API, into a temporary
 * folder) and adds up the gzipped size of every script taskpane.html loads before the pane can render.
 * Target: at most 166 KB gzipped, what the official React task-pane starter's hello-world pane loads
 * (Office.js itself, loaded from Microsoft's CDN, is not counted). The Structure, Summary and Ofsted
 * views, the fix dialog, the column editor and the engine's worker load on demand and are listed apart.
 * Run alone with `npx tsx bench/bundle.bench.ts`.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import webpack from 'webpack';
import { ms, time } from './measure';

export const BUNDLE_BUDGET_BYTES = 166 * 1024;

type ConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => webpack.Configuration;

function runWebpack(config: webpack.Configuration): Promise<webpack.Stats> {
  return new Promise((done, fail) => {
    const compiler = webpack(config);
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) return fail(err);
      if (!stats) return fail(new Error('webpack returned no stats'));
      if (stats.hasErrors()) return fail(new Error(stats.toString({ all: false, errors: true })));
      done(stats);
    });
  });
}

/** The local scripts an HTML page loads, in order (absolute URLs such as Office.js are left out). */
export function localScripts(html: string): string[] {
  const sources = [...html.matchAll(/<script\b[^>]*?\bsrc=["']?([^"'\s>]+)["']?[^>]*>/gi)].map((m) => m[1]);
  return sources.filter((src) => !/^(https?:)?\/\//i.test(src));
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export async function benchBundle(): Promise<void> {
  const root = resolve(__dirname, '..');
  const factory = createRequire(__filename)(join(root, 'webpack.config.js')) as ConfigFactory;
  const outDir = await mkdtemp(join(tmpdir(), 'plan-bundle-'));
  try {
    const config = factory({}, { mode: 'production' });
    config.output = { ...config.output, path: outDir };
    config.infrastructureLogging = { level: 'error' };
    const buildMs = await time(() => runWebpack(config));

    const html = await readFile(join(outDir, 'taskpane.html'), 'utf8');
    const scripts = localScripts(html);
    if (scripts.length === 0) throw new Error('taskpane.html loads no scripts from the build');
    let raw = 0;
    let gzipped = 0;
    console.log('Task pane initial JavaScript (every script taskpane.html loads; Office.js not counted)');
    for (const script of scripts) {
      const bytes = await readFile(join(outDir, script));
      const gz = gzipSync(bytes, { level: 9 }).length;
      raw += bytes.length;
      gzipped += gz;
      console.log(`  ${script.padEnd(32)} ${kb(bytes.length).padStart(10)} ${kb(gz).padStart(10)} gzipped`);
    }
    const verdict = gzipped <= BUNDLE_BUDGET_BYTES ? 'within budget' : 'OVER BUDGET';
    console.log(
      `  ${'total'.padEnd(32)} ${kb(raw).padStart(10)} ${kb(gzipped).padStart(10)} gzipped` +
        ` (budget ${kb(BUNDLE_BUDGET_BYTES)}: ${verdict}; ${(gzipped / BUNDLE_BUDGET_BYTES).toFixed(2)} of budget)`,
    );
    // Everything else the pane may load later, on demand (largest first).
    const initial = new Set(scripts.map((s) => s.replace(/^\.?\//, '')));
    const later = (await readdir(outDir)).filter(
      (f) => f.endsWith('.js') && !initial.has(f) && !f.startsWith('commands'),
    );
    const sizes = await Promise.all(
      later.map(async (f) => [f, gzipSync(await readFile(join(outDir, f)), { level: 9 }).length] as const),
    );
    let onDemand = 0;
    for (const [, gz] of sizes) onDemand += gz;
    console.log(`  loaded on demand: ${sizes.length} scripts, ${kb(onDemand)} gzipped in all, largest:`);
    for (const [f, gz] of sizes.sort((a, b) => b[1] - a[1]).slice(0, 6))
      console.log(`    ${f.padEnd(30)} ${kb(gz).padStart(10)} gzipped`);
    console.log(`  production build took ${ms(buildMs)}`);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchBundle().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
