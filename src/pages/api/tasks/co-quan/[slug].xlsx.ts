/** One body's tasks as an Excel workbook: the CSV beside it ([slug].csv.ts) with typed cells. */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../../../data/portal.ts';
import { siteUrl } from '../../../../components/site-url.ts';
import { agencyTaskExport, registerViews } from '../../../../data/register.ts';
import { tasksToXlsx, XLSX_MEDIA_TYPE } from '../../../../lib/tasks/export-xlsx.ts';
import type { Agency } from '../../../../lib/tasks/register.ts';

export function getStaticPaths() {
  return registerViews(getCorpus()).agencies.map((agency) => ({ params: { slug: agency.slug }, props: { agency } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { agency } = props as { agency: Agency };
  const bytes = await tasksToXlsx(agencyTaskExport(getCorpus(), agency, siteUrl()));
  return new Response(bytes, { headers: { 'Content-Type': XLSX_MEDIA_TYPE } });
};
