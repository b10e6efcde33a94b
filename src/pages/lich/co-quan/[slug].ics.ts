/**
 * One body's calendar: every task it leads, coordinates or oversees, and those given in common to
 * a general name that includes it ("các địa phương"). Only bodies with at least one task that has
 * a day get a file (a calendar must hold at least one event, RFC 5545 §3.6); their page links it.
 */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../../data/portal.ts';
import { siteUrl } from '../../../components/site-url.ts';
import { formatViDate } from '../../../lib/dates.ts';
import { tasksToIcsChunks } from '../../../lib/tasks/export-ics.ts';
import { utf8Stream } from '../../../lib/text-chunks.ts';
import { registerViews } from '../../../data/register.ts';
import { agencyInSentence, isDatable, tasksOf, type Agency } from '../../../lib/tasks/register.ts';

export function getStaticPaths() {
  return registerViews(getCorpus()).agencies
    .filter((agency) => tasksOf(agency).some(isDatable))
    .map((agency) => ({ params: { slug: agency.slug }, props: { agency } }));
}

export const GET: APIRoute = ({ props }) => {
  const { agency } = props as { agency: Agency };
  const { asOf } = getCorpus();
  const name = agencyInSentence(agency);
  const ics = utf8Stream(tasksToIcsChunks({ asOf, siteUrl: siteUrl(), tasks: tasksOf(agency) }, {
    name: `Nhiệm vụ của ${name}`,
    description: `Hạn các nhiệm vụ ${name} chủ trì, phối hợp hoặc theo dõi chỉ đạo${agency.sharedNames.length ? `, kể cả nhiệm vụ giao chung cho ${agency.sharedNames.map((n) => `“${n}”`).join(', ')}` : ''}; trạng thái tính đến ngày ${formatViDate(asOf)}.`,
  }));
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
