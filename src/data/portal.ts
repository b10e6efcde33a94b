/**
 * The one place pages get their data: the checked, cross-linked corpus, loaded once per build
 * (and again in dev when a content file changes).
 */
import { fileURLToPath } from 'node:url';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadContent } from '../lib/content/load.ts';
import { listFiles } from '../lib/content/read.ts';
import { ContentError } from '../lib/content/problems.ts';
import type { Corpus } from '../lib/content/corpus.ts';

// scripts/build.ts sets PORTAL_ROOT: in Astro's bundled pages import.meta.url is the bundle's
// (under .astro/), so file paths in the corpus it hands over would not resolve against it.
export const PROJECT_ROOT = process.env.PORTAL_ROOT ?? fileURLToPath(new URL('../../', import.meta.url));
export const CONTENT_DIR = process.env.PORTAL_CONTENT_DIR ?? fileURLToPath(new URL('../../content/', import.meta.url));

let cached: { signature: string; corpus: Corpus } | null = null;

export function getCorpus(): Corpus {
  if (!import.meta.env.DEV) return getBuildCorpus();
  const signature = contentSignature();
  if (cached && cached.signature === signature) return cached.corpus;
  cached = { signature, corpus: loadChecked() };
  return cached.corpus;
}

// During a build the pages, the content collections and the search index each live in their own
// module graph (so each has its own `cached`), but all run in one process. scripts/build.ts loads
// the corpus for its pre-flight check and hands it over here; loading it again costs as much as
// the check itself (most of a build's time at 10,000 documents).
const SHARED = Symbol.for('legal-portal.corpus');
type Shared = { contentDir: string; corpus: Corpus };
const shared = globalThis as { [SHARED]?: Shared };

/** Makes `corpus`, loaded from `contentDir`, the one every build-time getCorpus() returns. */
export function shareCorpus(contentDir: string, corpus: Corpus): void {
  shared[SHARED] = { contentDir: resolve(contentDir), corpus };
}

/** The corpus of a build: the one shared in this process, else loaded (and shared) now. */
export function getBuildCorpus(): Corpus {
  const found = shared[SHARED];
  if (found && found.contentDir === resolve(CONTENT_DIR)) return found.corpus;
  const corpus = loadChecked();
  shareCorpus(CONTENT_DIR, corpus);
  return corpus;
}

function loadChecked(): Corpus {
  const { corpus, errors, problems } = loadContent(CONTENT_DIR, PROJECT_ROOT, process.env);
  if (errors.length || !corpus) throw new ContentError(problems);
  return corpus;
}

function contentSignature(): string {
  return listFiles(CONTENT_DIR, /./).map((f) => `${f}:${statSync(f).mtimeMs}`).join('|');
}
