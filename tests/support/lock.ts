/**
 * One run at a time of what shares an output folder: two benchmarks at once would measure each
 * other and delete each other's output (bench/.out/), and two test runs at once would build the
 * test site into the same folder while the other serves it (tests/.output/site). The lock file
 * holds the owner's pid; a stale one (its process gone) is taken over, and the owner taking it
 * again is a no-op.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Takes the lock or throws `busy(pid)` (a message naming what holds it); released when this
 * process exits.
 */
export function acquireLock(file: string, busy: (pid: number) => string): void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      process.on('exit', () => rmSync(file, { force: true }));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(file, 'utf8'));
      if (owner === process.pid) return;
      if (owner && alive(owner)) throw new Error(busy(owner));
      rmSync(file, { force: true });
    }
  }
  throw new Error(`không lấy được khóa ${file}`);
}
