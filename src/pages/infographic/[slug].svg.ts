/** An infographic as a standalone SVG file (/infographic/<slug>.svg), for download and print. */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../data/portal.ts';
import type { Infographic } from '../../lib/infographic/types.ts';

export function getStaticPaths() {
  return getCorpus().infographics.map((ig) => ({ params: { slug: ig.slug }, props: { ig } }));
}

export const GET: APIRoute = ({ props }) => {
  const { ig } = props as { ig: Infographic };
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${ig.svg}\n`, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
