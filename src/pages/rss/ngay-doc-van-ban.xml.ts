/** RSS 2.0 feed of the monthly reading-day issues (README: Open data). */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../data/portal.ts';
import { siteUrl } from '../../components/site-url.ts';
import { rssFeed } from '../../lib/opendata/feed.ts';
import { readingDaysFeed } from '../../lib/opendata/reading-day-feed.ts';

export const GET: APIRoute = () => {
  const { readingDays, config, asOf } = getCorpus();
  return new Response(rssFeed(readingDaysFeed(readingDays, config, siteUrl(), asOf)), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
};
