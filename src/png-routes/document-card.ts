/** Dev server only: each document's sharing card, /og/van-ban/<id with "/" as "--">.png (the build writes them with src/integrations/png.ts). */
import type { APIRoute } from 'astro';
import { getCorpus } from '../data/portal.ts';
import { pngResponse } from '../data/png.ts';
import { documentCardPng } from '../lib/png/jobs.ts';
import { documentCalendarId } from '../lib/tasks/register.ts';
import type { DocumentEntry } from '../lib/content/corpus.ts';

export function getStaticPaths() {
  return getCorpus().documents.map((doc) => ({ params: { id: documentCalendarId(doc.id) }, props: { doc } }));
}

export const GET: APIRoute = ({ props }) => pngResponse(documentCardPng((props as { doc: DocumentEntry }).doc, getCorpus().config).job);
