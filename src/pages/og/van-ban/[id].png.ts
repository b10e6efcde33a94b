/** Each document's sharing card (og:image, twitter:image): /og/van-ban/<id with "/" as "--">.png, 1200×630. */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../../data/portal.ts';
import { documentCalendarId } from '../../../lib/tasks/register.ts';
import { fontMetrics } from '../../../lib/infographic/font.ts';
import { cardSvg, documentCard } from '../../../lib/share-image/card.ts';
import { renderPng } from '../../../lib/share-image/render.ts';
import type { DocumentEntry } from '../../../lib/content/corpus.ts';

export function getStaticPaths() {
  return getCorpus().documents.map((doc) => ({ params: { id: documentCalendarId(doc.id) }, props: { doc } }));
}

export const GET: APIRoute = ({ props }) => {
  const svg = cardSvg(documentCard((props as { doc: DocumentEntry }).doc, getCorpus().config), fontMetrics().measure);
  return new Response(new Uint8Array(renderPng(svg)), { headers: { 'Content-Type': 'image/png' } });
};
