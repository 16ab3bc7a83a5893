/**
 * Loads Microsoft's own Excel JavaScript client (`@microsoft/office-js`, pinned exact in
 * package.json) into a fresh `vm` context so tests can drive the real request/proxy machinery.
 *
 * The library is read from node_modules at test time and never copied into the repository
 * (its licence is the Microsoft Services Agreement). The compiled script is cached per process,
 * so each test file pays the parse cost once.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';

/** The two namespaces the library defines on its global object. */
export interface OfficeJsNamespaces {
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension;
  /** The vm context's global object (useful for `instanceof` checks against its Error etc.). */
  global: Record<string, unknown>;
}

let cachedScript: vm.Script | undefined;

/** Absolute path of the minified Excel client inside node_modules. */
export function officeJsScriptPath(): string {
  const pkg = require.resolve('@microsoft/office-js/package.json');
  return path.join(path.dirname(pkg), 'dist', 'excel-web-16.00.js');
}

function compiledScript(): vm.Script {
  if (!cachedScript) {
    const file = officeJsScriptPath();
    cachedScript = new vm.Script(fs.readFileSync(file, 'utf8'), { filename: file });
  }
  return cachedScript;
}

/**
 * Runs the library in a new window-like vm context and returns its `Excel` and
 * `OfficeExtension` namespaces. Every call gives an independent copy (own classes, own
 * `_overrideSession`), so test files and tests do not share client state.
 *
 * With `isSetSupported`, the context also has `Office.context.requirements`, which the library itself
 * consults before queueing a member newer than the Excel it runs in (OfficeExtension's
 * `throwIfApiNotSupported`, called by every versioned method and navigation property): such a call then
 * throws ApiNotFound on the client, exactly as in that Excel.
 */
export function loadOfficeJs(
  isSetSupported?: (name: string, version?: string) => boolean,
): OfficeJsNamespaces {
  const sandbox: Record<string, unknown> = {
    navigator: { userAgent: 'Mozilla/5.0 (Node.js) plan-tracker-excel-double' },
    location: {
      href: 'https://localhost/taskpane.html',
      search: '',
      hash: '',
      protocol: 'https:',
      host: 'localhost',
    },
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    console,
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  const context = vm.createContext(sandbox);
  compiledScript().runInContext(context);
  const g = context as Record<string, unknown>;
  if (!g.Excel || !g.OfficeExtension) {
    throw new Error('excel-web-16.00.js did not define Excel and OfficeExtension in the vm context');
  }
  if (isSetSupported) {
    // What Office.js sets up when it starts inside an Office host (the bundle defines `Office` but has
    // no host here to fill `Office.context` from).
    // Its `context` is a getter with nothing behind it, so `Office` is replaced by an object that answers
    // `context` and passes everything else on to the bundle's own.
    g.Office = Object.create((g.Office as object | undefined) ?? {}, {
      context: { value: { requirements: { isSetSupported } }, enumerable: true },
    });
    // The bundle ends by switching the check on for `OfficeExtension.Utility`, but the check itself reads
    // the flag from `CommonUtility`, where it stays off: switch it on where it is read.
    const common = (g.OfficeExtension as { CommonUtility?: { _doApiNotSupportedCheck?: boolean } })
      .CommonUtility;
    if (common) common._doApiNotSupportedCheck = true;
  }
  return {
    Excel: g.Excel as typeof Excel,
    OfficeExtension: g.OfficeExtension as typeof OfficeExtension,
    global: g,
  };
}
