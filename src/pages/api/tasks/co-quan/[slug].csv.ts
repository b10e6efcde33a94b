/**
 * One body's tasks as a spreadsheet (UTF-8 with BOM), as its page lists them: those it leads,
 * coordinates or oversees, and those given in common to a general name that includes it, nearest
 * deadline first, its role in each the first column. Its page links it.
 */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../../../data/portal.ts';
import { siteUrl } from '../../../../components/site-url.ts';
import { agencyTaskExport, registerViews } from '../../../../data/register.ts';
import { tasksToCsvChunks } from '../../../../lib/tasks/export-csv.ts';
import { utf8Stream } from '../../../../lib/text-chunks.ts';
import type { Agency } from '../../../../lib/tasks/register.ts';

export function getStaticPaths() {
  return registerViews(getCorpus()).agencies.map((agency) => ({ params: { slug: agency.slug }, props: { agency } }));
}

export const GET: APIRoute = ({ props }) => {
  const { agency } = props as { agency: Agency };
  return new Response(utf8Stream(tasksToCsvChunks(agencyTaskExport(getCorpus(), agency, siteUrl()))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
