/**
 * The lock of a shared output folder (tests/support/lock.ts), used by the benchmarks (bench/.out/)
 * and by the test runs' shared site (tests/.output/site).
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { acquireLock } from '../support/lock.ts';
import { tempDir } from '../support/temp-dirs.ts';

const busy = (pid: number) => `bận: ${pid}`;

describe('acquireLock', () => {
  it('takes a free lock, writing its pid; taking it again in the same process is a no-op', () => {
    const file = join(tempDir('lock'), '.lock');
    acquireLock(file, busy);
    expect(readFileSync(file, 'utf8')).toBe(String(process.pid));
    expect(() => acquireLock(file, busy)).not.toThrow();
  });

  it('refuses a lock a live process holds, naming it', async () => {
    const file = join(tempDir('lock'), '.lock');
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: 'ignore' });
    try {
      writeFileSync(file, String(other.pid));
      expect(() => acquireLock(file, busy)).toThrow(`bận: ${other.pid}`);
      expect(readFileSync(file, 'utf8')).toBe(String(other.pid));
    } finally {
      other.kill();
      await new Promise((resolve) => other.once('exit', resolve));
    }
  });

  it('takes over a lock whose process is gone', async () => {
    const file = join(tempDir('lock'), '.lock');
    const gone = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    await new Promise((resolve) => gone.once('exit', resolve));
    writeFileSync(file, String(gone.pid));
    acquireLock(file, busy);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(String(process.pid));
  });
});
