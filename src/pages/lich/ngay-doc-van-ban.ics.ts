/** The reading-day sessions as a calendar: one all-day event per monthly issue on its session day. */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../data/portal.ts';
import { siteUrl } from '../../components/site-url.ts';
import { sessionsToIcs } from '../../lib/reading-day/export-ics.ts';

export const GET: APIRoute = () => {
  const { asOf, readingDays, config } = getCorpus();
  const ics = sessionsToIcs({
    siteUrl: siteUrl(),
    asOf,
    name: `Ngày đọc văn bản quy phạm pháp luật – ${config.name}`,
    description: `Các buổi sinh hoạt “Ngày đọc văn bản quy phạm pháp luật” hằng tháng; ngày sinh hoạt do Ban biên tập ${config.name} đề xuất.`,
    sessions: readingDays.map((d) => ({
      month: d.month,
      date: d.date,
      title: d.title,
      theme: d.theme,
      url: d.url,
      audience: d.audience.map((a) => a.label),
      readings: d.readings.map((r) => `${r.docName}: ${r.parts.map((p) => p.label).join(', ')}`),
    })),
  });
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
