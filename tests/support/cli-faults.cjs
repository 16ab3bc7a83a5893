/**
 * Loaded into a `plan-tracker` process by the process tests (NODE_OPTIONS=--require …) to make one
 * thing go wrong at a known moment, without any hook in the tool itself. PLAN_TRACKER_FAULT says what:
 *
 *   slow-write  every write to the copy's temporary file waits 400 ms, and the first one says
 *               "plan-tracker-test: writing" on standard error, so a test can send a signal mid-write
 *   enospc      the first write to the temporary file fails as on a full disk (ENOSPC)
 *   bug         building the copy throws a TypeError, as a bug in the tool would
 */
const fsp = require('fs').promises;
const { setTimeout: wait } = require('timers/promises');

const fault = process.env.PLAN_TRACKER_FAULT;
const isTemp = (path) => /\.tmp$/.test(String(path));

if (fault === 'slow-write' || fault === 'enospc') {
  const open = fsp.open;
  fsp.open = async function patchedOpen(path, ...rest) {
    const handle = await open.call(this, path, ...rest);
    if (!isTemp(path)) return handle;
    const write = handle.write.bind(handle);
    let first = true;
    handle.write = async (...args) => {
      if (fault === 'enospc') {
        const e = new Error(`ENOSPC: no space left on device, write`);
        e.code = 'ENOSPC';
        e.errno = -28;
        e.syscall = 'write';
        throw e;
      }
      if (first) {
        first = false;
        process.stderr.write('plan-tracker-test: writing\n');
      }
      await wait(400);
      return write(...args);
    };
    return handle;
  };
}

if (fault === 'bug') {
  // The zip writer the package layer uses (src/xlsx/zip/write-zip.ts), loaded from node_modules.
  const yazl = require('yazl');
  yazl.ZipFile.prototype.end = function broken() {
    throw new TypeError("Cannot read properties of undefined (reading 'compression')");
  };
}
