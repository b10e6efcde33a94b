/** Where tests write: everything under tests/.output/ (git-ignored). */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const OUTPUT = join(ROOT, 'tests/.output');
/** The bundled content, built once per test run with a fixed "as of" date. */
export const SITE_DIR = join(OUTPUT, 'site');
/** What that build printed (stdout, then stderr). */
export const SITE_LOG = `${SITE_DIR}.log`;
/** Task statuses in tests are computed against this date, so they never drift. */
export const TEST_AS_OF = '2026-11-23';
