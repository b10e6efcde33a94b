/** An infographic as a PNG 1080 px wide (/infographic/<slug>.png), for chat apps and social networks. */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../data/portal.ts';
import { pngOnce } from '../../lib/infographic/png.ts';
import type { Infographic } from '../../lib/infographic/types.ts';

export function getStaticPaths() {
  return getCorpus().infographics.map((ig) => ({ params: { slug: ig.slug }, props: { ig } }));
}

export const GET: APIRoute = ({ props }) => {
  const { ig } = props as { ig: Infographic };
  return new Response(new Uint8Array(pngOnce(ig.svg)), { headers: { 'Content-Type': 'image/png' } });
};
