/** The register as open data: { asOf, tasks: [...] }. */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../data/portal.ts';
import { siteUrl } from '../../components/site-url.ts';
import { registerViews } from '../../data/register.ts';
import { tasksToJsonChunks } from '../../lib/tasks/export-json.ts';
import { utf8Stream } from '../../lib/text-chunks.ts';

export const GET: APIRoute = () => {
  const corpus = getCorpus();
  const { asOf, tasks } = corpus;
  const { shared } = registerViews(corpus);
  return new Response(utf8Stream(tasksToJsonChunks({ asOf, siteUrl: siteUrl(), tasks, shared })), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
