/**
 * Running the editors' commands (scripts/*.ts) as npm runs them: the project's pinned Node, from
 * the project root, without what an npm that started the tests put in the environment; against
 * copies of content/ under the system's temporary folder, removed when the test file ends.
 */
import { afterAll } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from './paths.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new empty folder under the system's temporary folder. */
export function osTempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lp-cli-'));
  made.push(dir);
  return dir;
}

/** A fresh copy of content/, as <temporary folder>/content. */
export function contentCopy(): string {
  const dir = join(osTempDir(), 'content');
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  return dir;
}

/** This process's environment without npm's variables (npm_config_force…), plus `extra`. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k))), ...extra };
}

/** Runs scripts/<script>.ts with `args`. */
export function runScript(script: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(join(ROOT, 'node_modules/.bin/node'), [`scripts/${script}.ts`, ...args], { cwd: ROOT, encoding: 'utf8', env: cleanEnv(env) });
}

/** A path as the commands print it: relative to the project root. */
export function shown(path: string): string {
  return relative(ROOT, path).split(sep).join('/');
}
