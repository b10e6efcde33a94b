/**
 * One benchmark at a time: builds share bench/.out/ and two at once would measure each other
 * (and delete each other's output). The lock file holds the owner's pid; a stale one is taken over.
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

/** Takes the lock or throws, naming the running benchmark; released when this process exits. */
export function acquireLock(file: string): void {
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
      if (owner && alive(owner)) throw new Error(`một phép đo khác đang chạy (pid ${owner}, ${file}); chờ nó xong rồi chạy lại`);
      rmSync(file, { force: true });
    }
  }
  throw new Error(`không lấy được khóa ${file}`);
}
