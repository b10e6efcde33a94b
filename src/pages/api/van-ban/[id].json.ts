/** One document as open data, with its full text as Markdown and HTML: /api/van-ban/<id with "/" as "--">.json. */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../../data/portal.ts';
import { siteUrl } from '../../../components/site-url.ts';
import { documentToJson } from '../../../lib/opendata/documents-json.ts';
import { documentCalendarId } from '../../../lib/tasks/register.ts';
import type { DocumentEntry } from '../../../lib/content/corpus.ts';

export function getStaticPaths() {
  return getCorpus().documents.map((doc) => ({ params: { id: documentCalendarId(doc.id) }, props: { doc } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(documentToJson((props as { doc: DocumentEntry }).doc, siteUrl()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
