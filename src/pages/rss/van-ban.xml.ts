/** RSS 2.0 feed of new documents (README: Open data). */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../data/portal.ts';
import { siteUrl } from '../../components/site-url.ts';
import { rssFeed } from '../../lib/opendata/feed.ts';
import { documentsFeed } from '../../lib/opendata/document-feed.ts';

export const GET: APIRoute = () => {
  const { documents, config } = getCorpus();
  return new Response(rssFeed(documentsFeed(documents, config, siteUrl())), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
};
