/**
 * Importing a received file into a fresh copy of the content, and reading the result back the
 * way the build does (loadContent): shared by the .txt and .docx import tests.
 */
import { rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { importFile, type ImportOutcome } from '../../src/lib/import/import-file.ts';
import { loadContent, type LoadResult } from '../../src/lib/content/load.ts';
import type { DocumentEntry } from '../../src/lib/content/corpus.ts';
import { makeContent } from './content-fixture.ts';
import { visibleText } from './html.ts';
import { ROOT, TEST_AS_OF } from './paths.ts';

export interface Imported {
  contentDir: string;
  outcome: ImportOutcome;
  load: LoadResult;
  /** The imported document as the corpus holds it (null when it did not load). */
  doc: DocumentEntry | null;
}

/**
 * Imports `input` into a copy of content/, then loads the content. `replace` removes a bundled
 * document first: the draft of seed 001 is the bundled 08-CT/TU and takes its place (its path,
 * which other content refers to), where keeping both would be a duplicate.
 */
export async function importIntoContent(input: string, options: { replace?: string; out?: string } = {}): Promise<Imported> {
  const contentDir = makeContent();
  if (options.replace) rmSync(join(contentDir, options.replace));
  const outcome = await importFile(input, { contentDir, projectRoot: ROOT, out: options.out });
  const load = loadContent(contentDir, ROOT, { PORTAL_AS_OF: TEST_AS_OF });
  const id = outcome.status === 'written' ? relative(join(contentDir, 'van-ban'), outcome.file).split(sep).join('/').replace(/\.md$/, '') : null;
  const doc = load.corpus?.documents.find((d) => d.id === id) ?? null;
  return { contentDir, outcome, load, doc };
}

/** What a reader of the document page sees: the rendered body and annex, and the attributes from the frontmatter. */
export function documentText(doc: DocumentEntry): string {
  const d = doc.data;
  return [
    visibleText(`${doc.rendered.mainHtml} ${doc.rendered.annexHtml}`),
    doc.displayTitle,
    `của ${doc.issuer.name}`,
    'Nơi nhận:',
    ...d.recipients.map((r) => r.replace(/\*/g, '')),
    d.signer?.onBehalfOf,
    d.signer?.title,
    d.signer?.name,
    d.copyCode,
  ]
    .filter(Boolean)
    .join('\n');
}
