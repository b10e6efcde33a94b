/**
 * Astro content collections. The schemas live in src/lib/content/schema.ts (shared with
 * `npm run check` and the build's pre-flight); these collections expose the same validated
 * records to Astro. Pages get cross-linked data from src/data/portal.ts; the loaders take their
 * records from that same corpus (loaded, checked and rendered once per build).
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { documentSchema, organizationSchema, citationSchema, type Citation } from './lib/content/schema.ts';
import { getCorpus } from './data/portal.ts';

function contentLoader(pick: 'documents' | 'organizations' | 'citations'): Loader {
  return {
    name: `legal-portal:${pick}`,
    load: async ({ store, parseData }) => {
      // Throws ContentError with every problem when the content has errors.
      const corpus = getCorpus();
      store.clear();
      if (pick === 'documents') {
        for (const doc of corpus.documents) {
          store.set({ id: doc.id, data: await parseData({ id: doc.id, data: { ...doc.data }, filePath: doc.file }), body: doc.body, filePath: doc.file });
        }
      } else if (pick === 'organizations') {
        for (const { id, ...org } of corpus.organizations.values()) store.set({ id, data: await parseData({ id, data: { ...org } }) });
      } else {
        // The corpus keeps each citation's line in content/trich-dan.yaml, which is not a field.
        for (const { line: _line, ...c } of corpus.citations as (Citation & { line?: number | null })[]) store.set({ id: c.number, data: await parseData({ id: c.number, data: { ...c } }) });
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
