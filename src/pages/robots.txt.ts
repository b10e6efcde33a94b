/** robots.txt naming the sitemap (written after the build by src/integrations/sitemap.ts). */
import type { APIRoute } from 'astro';
import { siteUrl } from '../components/site-url.ts';
import { robotsTxt } from '../lib/opendata/sitemap.ts';

export const GET: APIRoute = () => new Response(robotsTxt(siteUrl()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
