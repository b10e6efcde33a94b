/** One document's calendar (/lich/van-ban/<document id with "/" as "--">.ics), linked from its page. */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../../data/portal.ts';
import { siteUrl } from '../../../components/site-url.ts';
import { formatViDate } from '../../../lib/dates.ts';
import { tasksToIcsChunks } from '../../../lib/tasks/export-ics.ts';
import { utf8Stream } from '../../../lib/text-chunks.ts';
import { documentCalendarId } from '../../../lib/tasks/register.ts';
import type { DocumentEntry } from '../../../lib/content/corpus.ts';

// Every document with tasks, as its page links the calendar whenever it has tasks.
export function getStaticPaths() {
  return getCorpus()
    .documents.filter((doc) => doc.tasks.length > 0)
    .map((doc) => ({ params: { id: documentCalendarId(doc.id) }, props: { doc } }));
}

export const GET: APIRoute = ({ props }) => {
  const { doc } = props as { doc: DocumentEntry };
  const { asOf } = getCorpus();
  const label = doc.data.number ? `${doc.type.name} ${doc.data.number}` : doc.displayTitle.charAt(0).toUpperCase() + doc.displayTitle.slice(1);
  const ics = utf8Stream(tasksToIcsChunks({ asOf, siteUrl: siteUrl(), tasks: doc.tasks }, {
    name: `Nhiệm vụ theo ${label}`,
    description: `Hạn các nhiệm vụ trong bảng nhiệm vụ của ${label}; trạng thái tính đến ngày ${formatViDate(asOf)}.`,
  }));
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
