/** The portal's sharing card, for pages without one of their own (1200×630). */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../data/portal.ts';
import { fontMetrics } from '../../lib/infographic/font.ts';
import { cardSvg, portalCard } from '../../lib/share-image/card.ts';
import { renderPng } from '../../lib/share-image/render.ts';

export const GET: APIRoute = () => {
  const svg = cardSvg(portalCard(getCorpus().config), fontMetrics().measure);
  return new Response(new Uint8Array(renderPng(svg)), { headers: { 'Content-Type': 'image/png' } });
};
