/** The whole register as a calendar: one all-day event per task with a due day. */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../data/portal.ts';
import { siteUrl } from '../../components/site-url.ts';
import { formatViDate } from '../../lib/dates.ts';
import { tasksToIcsChunks } from '../../lib/tasks/export-ics.ts';
import { utf8Stream } from '../../lib/text-chunks.ts';

export const GET: APIRoute = () => {
  const { asOf, tasks, config } = getCorpus();
  const ics = utf8Stream(tasksToIcsChunks({ asOf, siteUrl: siteUrl(), tasks }, {
    name: `Sổ theo dõi nhiệm vụ – ${config.name}`,
    description: `Hạn hoàn thành các nhiệm vụ do văn bản trên ${config.name} giao; trạng thái tính đến ngày ${formatViDate(asOf)}.`,
  }));
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
