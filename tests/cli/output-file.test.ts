/**
 * The writer of the CLI's copies (src/cli/output-file.ts): whatever fails, and wherever it fails, the
 * older copy and the inputs are as they were and no temporary file is left; the output is refused when
 * it is an input by identity or, on a disk that ignores case, by name. Failures are injected through
 * the writer's file-system port, one system call at a time.
 */
import {
  chmodSync,
  linkSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../src/core/errors';
import { checkOutputPath, writeOutputFile, writingOutput, type OutputFs } from '../../src/cli/output-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-output-file-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const bytes = (text: string) => new TextEncoder().encode(text);
const systemError = (code: string) => Object.assign(new Error(`${code}: failed`), { code });

type Step = 'open' | 'write' | 'sync' | 'chmod' | 'rename' | 'access';

/** Node's file system, except that `step` fails with `error`. */
function failing(step: Step, error: Error): OutputFs {
  const node: OutputFs = {
    stat: (p) => fsp.stat(p),
    realpath: (p) => fsp.realpath(p),
    open: (p, f, m) => fsp.open(p, f, m),
    rename: (a, b) => fsp.rename(a, b),
    unlink: (p) => fsp.unlink(p),
    chmod: (p, m) => fsp.chmod(p, m),
    access: (p, m) => fsp.access(p, m),
  };
  const fail = () => Promise.reject(error);
  if (step === 'write' || step === 'sync') {
    return {
      ...node,
      open: async (path, flags, mode) => {
        const handle = await fsp.open(path, flags, mode);
        if (!path.endsWith('.tmp')) return handle;
        if (step === 'write') {
          // A first chunk goes through, then the disk fills: a half-written temporary file exists.
          let calls = 0;
          const write = handle.write.bind(handle) as (...a: unknown[]) => Promise<{ bytesWritten: number }>;
          Object.assign(handle, {
            write: (b: Uint8Array, offset: number, length: number) =>
              calls++ === 0 ? write(b, offset, Math.min(length, 10)) : fail(),
          });
        } else Object.assign(handle, { sync: fail });
        return handle;
      },
    };
  }
  return { ...node, [step]: fail };
}

describe('writeOutputFile', () => {
  it('writes a new file, then replaces it and says so, keeping its permissions', async () => {
    const out = join(dir, 'out.xlsx');
    expect(await writeOutputFile(out, bytes('first'), { inputs: [] })).toEqual({
      path: out,
      replaced: false,
    });
    chmodSync(out, 0o640);
    expect(await writeOutputFile(out, bytes('second'), { inputs: [] })).toEqual({
      path: out,
      replaced: true,
    });
    expect(readFileSync(out, 'utf8')).toBe('second');
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['out.xlsx']);
    expect(writingOutput()).toBe(false);
  });

  it.each<[Step, string, RegExp]>([
    ['open', 'EACCES', /is not allowed to write .*permission denied/],
    ['write', 'ENOSPC', /There is not enough space on the disk/],
    ['write', 'EDQUOT', /Your disk quota is full/],
    ['sync', 'EIO', /could not be written \(EIO\)/],
    ['chmod', 'EPERM', /is not allowed to write/],
    ['rename', 'EBUSY', /is open in another program/],
    ['access', 'EACCES', /is not allowed to write .*read-only/],
  ])(
    'a failing %s (%s) leaves the older copy and the input, and no temporary file',
    async (step, code, message) => {
      const out = join(dir, 'out.xlsx');
      const input = join(dir, 'plan.xlsx');
      writeFileSync(out, 'last month');
      writeFileSync(input, 'the plan');
      const written = writeOutputFile(out, bytes('x'.repeat(100)), {
        inputs: [input],
        fs: failing(step, systemError(code)),
      });
      await expect(written).rejects.toThrow(UserError);
      await expect(written).rejects.toThrow(message);
      await expect(written).rejects.toThrow(/Nothing was written\. The older out\.xlsx is unchanged\.$/);
      expect(readFileSync(out, 'utf8')).toBe('last month');
      expect(readFileSync(input, 'utf8')).toBe('the plan');
      expect(readdirSync(dir).sort()).toEqual(['out.xlsx', 'plan.xlsx']);
      expect(writingOutput()).toBe(false);
    },
  );

  it('passes a fault in the tool through as it is (not dressed up as a disk problem)', async () => {
    const bug = new TypeError('handle.write is not a function');
    const written = writeOutputFile(join(dir, 'out.xlsx'), bytes('x'.repeat(100)), {
      inputs: [],
      fs: failing('write', bug),
    });
    await expect(written).rejects.toBe(bug);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says when the folder does not exist', async () => {
    await expect(
      writeOutputFile(join(dir, 'missing', 'out.xlsx'), bytes('x'), { inputs: [] }),
    ).rejects.toThrow(
      /^The folder .*missing does not exist\. Create it or choose another, then try again\. Nothing was written\.$/,
    );
  });
});

describe('checkOutputPath', () => {
  it('refuses the input itself, a symbolic link to it and a hard link to it', async () => {
    const plan = join(dir, 'plan.xlsx');
    writeFileSync(plan, 'the plan');
    symlinkSync(plan, join(dir, 'soft.xlsx'));
    linkSync(plan, join(dir, 'hard.xlsx'));
    for (const out of [plan, join(dir, 'soft.xlsx'), join(dir, 'hard.xlsx')]) {
      await expect(checkOutputPath(out, { inputs: [plan] })).rejects.toThrow(
        `-o ${out} is the input file ${plan}`,
      );
    }
    await expect(checkOutputPath(join(dir, 'other.xlsx'), { inputs: [plan] })).resolves.toBeUndefined();
  });

  it('on a disk that ignores case, refuses a name that differs from the input only in case', async () => {
    const plan = join(dir, 'plan.xlsx');
    writeFileSync(plan, 'the plan');
    const upper = join(dir, 'PLAN.xlsx');
    await expect(checkOutputPath(upper, { inputs: [plan], caseInsensitive: true })).rejects.toThrow(
      `-o ${upper} is the input file ${plan}; choose another file name (the input is never changed).`,
    );
    // On a disk that keeps case (Linux), PLAN.xlsx is another file.
    await expect(checkOutputPath(upper, { inputs: [plan], caseInsensitive: false })).resolves.toBeUndefined();
  });

  it('refuses a folder', async () => {
    await expect(checkOutputPath(dir, { inputs: [] })).rejects.toThrow(`-o ${dir} is a folder`);
  });
});
