/** The register as an Excel workbook (typed cells: text as written, dates, links). */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../data/portal.ts';
import { registerViews } from '../../data/register.ts';
import { siteUrl } from '../../components/site-url.ts';
import { tasksToXlsx, XLSX_MEDIA_TYPE } from '../../lib/tasks/export-xlsx.ts';

export const GET: APIRoute = async () => {
  const corpus = getCorpus();
  const { asOf, tasks } = corpus;
  const { shared } = registerViews(corpus);
  return new Response(await tasksToXlsx({ asOf, siteUrl: siteUrl(), tasks, shared }), { headers: { 'Content-Type': XLSX_MEDIA_TYPE } });
};
