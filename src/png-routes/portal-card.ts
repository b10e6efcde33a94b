/** Dev server only: the portal's sharing card, /og/cong-thong-tin.png (the build writes it with src/integrations/png.ts). */
import type { APIRoute } from 'astro';
import { getCorpus } from '../data/portal.ts';
import { pngResponse } from '../data/png.ts';
import { portalCardPng } from '../lib/png/jobs.ts';

export const GET: APIRoute = () => pngResponse(portalCardPng(getCorpus().config).job);
