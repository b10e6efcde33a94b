/**
 * Runs the real build command (`node scripts/build.ts`, what `npm run build` runs) on some content,
 * into some output folder, and returns what it printed and its exit code.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { acquireLock } from './lock.ts';
import { OUTPUT, ROOT, SITE_DIR, SITE_LOG, TEST_AS_OF } from './paths.ts';

export interface BuildResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The PNG cache a test build uses unless it names one (env.PORTAL_CACHE_DIR): its own, emptied
 * before the build, so no test passes thanks to images a previous run left in a warm cache.
 */
export function freshCacheDir(outDir: string): string {
  const dir = `${outDir}.cache`;
  rmSync(dir, { recursive: true, force: true });
  return dir;
}

/**
 * `timeoutMs`: stop the build after this long and fail with what it printed so far, so a build that
 * hangs says where, instead of the test timing out with nothing to read (none by default).
 */
export function buildSite(options: { contentDir?: string; outDir: string; env?: Record<string, string>; timeoutMs?: number }): Promise<BuildResult> {
  const cacheDir = options.env?.PORTAL_CACHE_DIR ?? freshCacheDir(options.outDir);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts/build.ts')], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORTAL_AS_OF: TEST_AS_OF,
        PORTAL_DIST: options.outDir,
        ...(options.contentDir ? { PORTAL_CONTENT_DIR: options.contentDir } : {}),
        ...options.env,
        PORTAL_CACHE_DIR: cacheDir,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = options.timeoutMs
      ? setTimeout(() => {
          child.kill('SIGKILL');
          reject(new Error(`Bản dựng vẫn chạy sau ${options.timeoutMs! / 1000} giây nên đã bị dừng. Nó đã in:\n${stdout}\n${stderr}`));
        }, options.timeoutMs)
      : null;
    child.on('error', reject);
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      resolve({ code: code ?? 1, stdout, stderr });
    });
  });
}

/**
 * Builds the bundled content into tests/.output/site once per test run (the build and e2e projects
 * share it: global setups run in the same process, so an environment flag marks it done). What the
 * build printed goes to tests/.output/site.log. One test run at a time builds and serves it: a
 * second run started meanwhile stops at once, saying which process holds tests/.output/.lock.
 */
export async function ensureSiteBuilt(): Promise<string> {
  if (process.env.LP_TEST_SITE_BUILT === SITE_DIR) return SITE_DIR;
  mkdirSync(OUTPUT, { recursive: true });
  acquireLock(join(OUTPUT, '.lock'), (pid) => `một lần chạy kiểm thử khác đang dùng ${SITE_DIR} (pid ${pid}, ${join(OUTPUT, '.lock')}); chờ nó xong rồi chạy lại`);
  const result = await buildSite({ outDir: SITE_DIR });
  writeFileSync(SITE_LOG, `${result.stdout}${result.stderr}`);
  if (result.code !== 0) throw new Error(`Không xây dựng được trang thử nghiệm:\n${result.stdout}\n${result.stderr}`);
  process.env.LP_TEST_SITE_BUILT = SITE_DIR;
  return SITE_DIR;
}
