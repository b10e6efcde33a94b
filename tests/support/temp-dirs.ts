/**
 * Temporary folders under tests/.output/ (inside the project, so reported paths are short and
 * relative), removed when the test file that made them is done (tests/support/cleanup.ts).
 * LP_KEEP_TEST_OUTPUT=1 keeps them, to look at what a failing test built.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUT } from './paths.ts';

const made: string[] = [];

/** A new empty folder tests/.output/<prefix>-XXXXXX. */
export function tempDir(prefix: string): string {
  mkdirSync(OUTPUT, { recursive: true });
  const dir = mkdtempSync(join(OUTPUT, `${prefix}-`));
  made.push(dir);
  return dir;
}

/** Removes the folders tempDir made in this test file; returns how many. */
export function removeTempDirs(): number {
  const dirs = made.splice(0);
  if (process.env.LP_KEEP_TEST_OUTPUT === '1') return 0;
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  return dirs.length;
}
