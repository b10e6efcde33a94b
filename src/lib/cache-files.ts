/**
 * The build's caches on disk (PNGs: png/cache.ts; processed bodies: content/body-cache.ts): where
 * they live and how an entry is written.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** $PORTAL_CACHE_DIR/<name>/ when set, else node_modules/.cache/legal-portal/<name>/ (the usual home of tools' caches). */
export function cacheDir(root: string, name: string, env: Record<string, string | undefined> = process.env): string {
  return env.PORTAL_CACHE_DIR ? join(resolve(root, env.PORTAL_CACHE_DIR), name) : join(root, 'node_modules/.cache/legal-portal', name);
}

/** Written under a temporary name, then renamed: a build stopped halfway leaves no truncated entry. */
export function writeEntryFile(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, file);
}

/**
 * The folder of one version of a cache's entries, `<cacheRoot>/<version>`, where a version names
 * everything besides an entry's key that decides its content (the code, the renderer). The
 * folders of other versions are removed: an upgrade leaves no unreachable set behind.
 */
export function openVersion(cacheRoot: string, version: string): string {
  if (existsSync(cacheRoot)) {
    for (const other of readdirSync(cacheRoot)) {
      if (other !== version && statSync(join(cacheRoot, other)).isDirectory()) rmSync(join(cacheRoot, other), { recursive: true, force: true });
    }
  }
  return join(cacheRoot, version);
}

/**
 * openVersion, made sure of: the folder is created and an entry written to it and removed. The
 * caches only save work, so when one cannot be used (a read-only node_modules, a full disk,
 * PORTAL_CACHE_DIR naming a file) the build goes on without it: `warn` is told the path and the
 * reason, and null is returned.
 */
export function openUsableVersion(cacheRoot: string, version: string, warn: (message: string) => void): string | null {
  try {
    const dir = openVersion(cacheRoot, version);
    const probe = join(dir, `.probe.${process.pid}`);
    writeEntryFile(probe, '');
    unlinkSync(probe);
    return dir;
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    warn(`không dùng được bộ nhớ đệm ${cacheRoot} (${reason})`);
    return null;
  }
}
