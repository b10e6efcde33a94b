/** One body's tasks as an Excel workbook: the CSV beside it ([slug].csv.ts) with typed cells. */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../../../data/portal.ts';
import { siteUrl } from '../../../../components/site-url.ts';
import { registerViews } from '../../../../data/register.ts';
import { tasksToXlsx, XLSX_MEDIA_TYPE } from '../../../../lib/tasks/export-xlsx.ts';
import { agencyExport, tasksOf, type Agency } from '../../../../lib/tasks/register.ts';

export function getStaticPaths() {
  return registerViews(getCorpus()).agencies.map((agency) => ({ params: { slug: agency.slug }, props: { agency } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { agency } = props as { agency: Agency };
  const corpus = getCorpus();
  const { shared } = registerViews(corpus);
  const bytes = await tasksToXlsx({ asOf: corpus.asOf, siteUrl: siteUrl(), tasks: tasksOf(agency), shared, agency: agencyExport(agency) });
  return new Response(bytes, { headers: { 'Content-Type': XLSX_MEDIA_TYPE } });
};
