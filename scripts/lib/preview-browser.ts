/**
 * The browser preview in headless Chromium, for the end-to-end tests and the README's screenshots:
 * build it once (webpack's Node API, production mode, into a folder of the caller's choosing), serve
 * that folder on a random localhost port, and start Debian's Chromium through playwright-core.
 */
import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import webpack from 'webpack';
import { chromium, type Browser } from 'playwright-core';

export const ROOT = resolve(__dirname, '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.png': 'image/png',
};

type ConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => webpack.Configuration;

/** Builds the preview (production mode: React's production build, as people would run it) into `outDir`. */
export function buildPreview(outDir: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS, loaded as the CLI loads it
  const factory = require(join(ROOT, 'webpack.config.js')) as ConfigFactory;
  const config = factory({ preview: true }, { mode: 'production' });
  config.output = { ...config.output, path: outDir };
  config.infrastructureLogging = { level: 'error' };
  return new Promise((done, fail) => {
    const compiler = webpack(config);
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) return fail(err);
      if (stats?.hasErrors()) return fail(new Error(stats.toString({ all: false, errors: true })));
      done();
    });
  });
}

/** A tiny static file server for the built preview (localhost only, random port). */
export function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end('Not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM}. Install it with: apt-get install -y --no-install-recommends chromium (CI installs it).`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      // A UK officer's browser: dates in the date fields read dd/mm/yyyy.
      '--lang=en-GB',
    ],
  });
}
