/** Dev server only: an infographic as a PNG 1080 px wide, /infographic/<slug>.png (the build writes them with src/integrations/png.ts). */
import type { APIRoute } from 'astro';
import { getCorpus } from '../data/portal.ts';
import { pngResponse } from '../data/png.ts';
import { infographicPng } from '../lib/png/jobs.ts';
import type { Infographic } from '../lib/infographic/types.ts';

export function getStaticPaths() {
  return getCorpus().infographics.map((ig) => ({ params: { slug: ig.slug }, props: { ig } }));
}

export const GET: APIRoute = ({ props }) => pngResponse(infographicPng((props as { ig: Infographic }).ig).job);
