/** The feed of reading-day issues (/rss/ngay-doc-van-ban.xml): newest month first. */
import type { ReadingDay } from '../content/reading-day.ts';
import { formatViDate } from '../dates.ts';
import { absoluteUrl } from '../tasks/export-json.ts';
import type { Feed, FeedItem } from './feed.ts';

/** Site path of the reading-day feed. */
export const READING_DAY_FEED_PATH = '/rss/ngay-doc-van-ban.xml';

export function readingDayFeedItem(day: ReadingDay, siteUrl: string): FeedItem {
  const docs = [...new Set(day.readings.map((r) => r.docName))];
  return {
    title: `${day.title}: ${day.theme}`,
    link: absoluteUrl(siteUrl, day.url),
    // The day of the session: the one date an issue states (no separate publication date is kept).
    date: day.date,
    description: [
      `Buổi sinh hoạt ngày ${formatViDate(day.date)}.`,
      `Chủ đề: ${day.theme}.`,
      day.audience.length ? `Dành cho: ${day.audience.map((a) => a.label).join(', ')}.` : '',
      `Văn bản đọc: ${docs.join('; ')}.`,
    ].filter(Boolean).join(' '),
    categories: day.audience.map((a) => a.label),
  };
}

export function readingDaysFeed(days: readonly ReadingDay[], portal: { name: string }, siteUrl: string): Feed {
  return {
    title: `Ngày đọc văn bản – ${portal.name}`,
    link: absoluteUrl(siteUrl, '/ngay-doc-van-ban/'),
    self: absoluteUrl(siteUrl, READING_DAY_FEED_PATH),
    description: `Các số “Ngày đọc văn bản quy phạm pháp luật” hằng tháng trên ${portal.name}: văn bản, mục cần đọc, câu hỏi thảo luận.`,
    language: 'vi',
    items: days.map((d) => readingDayFeedItem(d, siteUrl)),
  };
}
