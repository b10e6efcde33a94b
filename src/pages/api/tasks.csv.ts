/** The register as a spreadsheet (UTF-8 with BOM, one row per task). */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../data/portal.ts';
import { siteUrl } from '../../components/site-url.ts';
import { registerViews } from '../../data/register.ts';
import { tasksToCsvChunks } from '../../lib/tasks/export-csv.ts';
import { utf8Stream } from '../../lib/text-chunks.ts';

export const GET: APIRoute = () => {
  const corpus = getCorpus();
  const { asOf, tasks } = corpus;
  const { shared } = registerViews(corpus);
  return new Response(utf8Stream(tasksToCsvChunks({ asOf, siteUrl: siteUrl(), tasks, shared })), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
