/**
 * Astro content collections. The schemas live in src/lib/content/schema.ts (shared with
 * `npm run check` and the build's pre-flight); these collections expose the same validated
 * records to Astro. Pages get cross-linked data from src/data/portal.ts, so the loader only
 * reads and validates (no rendering: that work is done once, by the corpus).
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { documentSchema, organizationSchema, citationSchema } from './lib/content/schema.ts';
import { readContent } from './lib/content/read.ts';
import { ContentError } from './lib/content/problems.ts';
import { CONTENT_DIR, PROJECT_ROOT } from './data/portal.ts';

function contentLoader(pick: 'documents' | 'organizations' | 'citations'): Loader {
  return {
    name: `legal-portal:${pick}`,
    load: async ({ store, parseData }) => {
      const raw = readContent(CONTENT_DIR, PROJECT_ROOT);
      if (raw.problems.some((p) => p.severity === 'error')) throw new ContentError(raw.problems);
      store.clear();
      if (pick === 'documents') {
        for (const doc of raw.documents) {
          store.set({ id: doc.id, data: await parseData({ id: doc.id, data: { ...doc.data }, filePath: doc.file }), body: doc.body, filePath: doc.file });
        }
      } else if (pick === 'organizations') {
        for (const { id, ...org } of raw.organizations) store.set({ id, data: await parseData({ id, data: { ...org } }) });
      } else {
        for (const { line: _line, ...c } of raw.citations) store.set({ id: c.number, data: await parseData({ id: c.number, data: { ...c } }) });
      }
    },
  };
}

export const collections = {
  /** Documents (content/van-ban/**.md): directives, resolutions, decisions… */
  documents: defineCollection({ loader: contentLoader('documents'), schema: documentSchema }),
  /** Issuers and agencies (content/co-quan/*.yaml). */
  organizations: defineCollection({ loader: contentLoader('organizations'), schema: organizationSchema }),
  /** Cited documents that are not in the corpus (content/trich-dan.yaml). */
  citations: defineCollection({ loader: contentLoader('citations'), schema: citationSchema }),
};
