/**
 * The one place pages get their data: the checked, cross-linked corpus, loaded once per build
 * (and again in dev when a content file changes).
 */
import { fileURLToPath } from 'node:url';
import { statSync } from 'node:fs';
import { loadContent } from '../lib/content/load.ts';
import { listFiles } from '../lib/content/read.ts';
import { ContentError } from '../lib/content/problems.ts';
import type { Corpus } from '../lib/content/corpus.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CONTENT_DIR = process.env.PORTAL_CONTENT_DIR ?? fileURLToPath(new URL('../../content/', import.meta.url));

let cached: { signature: string; corpus: Corpus } | null = null;

export function getCorpus(): Corpus {
  const signature = import.meta.env.DEV ? contentSignature() : 'build';
  if (cached && cached.signature === signature) return cached.corpus;
  const { corpus, errors, problems } = loadContent(CONTENT_DIR, PROJECT_ROOT, process.env);
  if (errors.length || !corpus) throw new ContentError(problems);
  cached = { signature, corpus };
  return corpus;
}

function contentSignature(): string {
  return listFiles(CONTENT_DIR, /./).map((f) => `${f}:${statSync(f).mtimeMs}`).join('|');
}
