/** Every document as open data: attributes, URLs, relations both ways, task count (README: Open data). */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../data/portal.ts';
import { siteUrl } from '../../components/site-url.ts';
import { documentsToJsonChunks } from '../../lib/opendata/documents-json.ts';
import { utf8Stream } from '../../lib/text-chunks.ts';

export const GET: APIRoute = () =>
  new Response(utf8Stream(documentsToJsonChunks(getCorpus().documents, siteUrl())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
