/**
 * Astro content collections. The schemas live in src/lib/content/schema.ts (shared with
 * `npm run check` and the build's pre-flight); these collections expose the same validated,
 * cross-checked records to Astro, through one loader that stops the build on any error.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { documentSchema, organizationSchema, citationSchema } from './lib/content/schema.ts';
import { getCorpus } from './data/portal.ts';

function corpusLoader(pick: 'documents' | 'organizations' | 'citations'): Loader {
  return {
    name: `legal-portal:${pick}`,
    load: async ({ store, parseData }) => {
      const corpus = getCorpus();
      store.clear();
      if (pick === 'documents') {
        for (const doc of corpus.documents) {
          const data = await parseData({ id: doc.id, data: { ...doc.data }, filePath: doc.file });
          store.set({ id: doc.id, data, body: doc.body, filePath: doc.file, rendered: { html: doc.rendered.mainHtml + doc.rendered.annexHtml } });
        }
      } else if (pick === 'organizations') {
        for (const [id, org] of corpus.organizations) {
          const { id: _id, ...rest } = org;
          store.set({ id, data: await parseData({ id, data: { ...rest } }) });
        }
      } else {
        for (const { line: _line, ...c } of corpus.citations as (typeof corpus.citations[number] & { line?: number | null })[]) {
          store.set({ id: c.number, data: await parseData({ id: c.number, data: { ...c } }) });
        }
      }
    },
  };
}

export const collections = {
  /** Documents (content/van-ban/**.md): directives, resolutions, decisions… */
  documents: defineCollection({ loader: corpusLoader('documents'), schema: documentSchema }),
  /** Issuers and agencies (content/co-quan/*.yaml). */
  organizations: defineCollection({ loader: corpusLoader('organizations'), schema: organizationSchema }),
  /** Cited documents that are not in the corpus (content/trich-dan.yaml). */
  citations: defineCollection({ loader: corpusLoader('citations'), schema: citationSchema }),
};
