/** The feed of reading-day issues (/rss/ngay-doc-van-ban.xml): newest month first. */
import type { ReadingDay } from '../content/reading-day.ts';
import { formatViDate } from '../dates.ts';
import { absoluteUrl } from '../tasks/export-json.ts';
import type { Feed, FeedItem } from './feed.ts';

/** Site path of the reading-day feed. */
export const READING_DAY_FEED_PATH = '/rss/ngay-doc-van-ban.xml';

/**
 * `asOf`: the build's as-of day. An issue is dated by the day of its session, the one date it
 * states (no separate publication date is kept), but only once that day has come: an issue is
 * published ahead of its session, and RSS lets a reader hold back an item dated in the future
 * until that date, when the materials are needed before it. Until then it has no date.
 */
export function readingDayFeedItem(day: ReadingDay, siteUrl: string, asOf: string): FeedItem {
  const docs = [...new Set(day.readings.map((r) => r.docName))];
  return {
    title: `${day.title}: ${day.theme}`,
    link: absoluteUrl(siteUrl, day.url),
    date: day.date <= asOf ? day.date : null,
    description: [
      `Buổi sinh hoạt ngày ${formatViDate(day.date)}.`,
      `Chủ đề: ${day.theme}.`,
      day.audience.length ? `Dành cho: ${day.audience.map((a) => a.label).join('; ')}.` : '',
      `Văn bản đọc: ${docs.join('; ')}.`,
    ].filter(Boolean).join(' '),
    categories: day.audience.map((a) => a.label),
  };
}

export function readingDaysFeed(days: readonly ReadingDay[], portal: { name: string }, siteUrl: string, asOf: string): Feed {
  return {
    title: `Ngày đọc văn bản – ${portal.name}`,
    link: absoluteUrl(siteUrl, '/ngay-doc-van-ban/'),
    self: absoluteUrl(siteUrl, READING_DAY_FEED_PATH),
    description: `Các số “Ngày đọc văn bản quy phạm pháp luật” hằng tháng trên ${portal.name}: văn bản, mục cần đọc, câu hỏi thảo luận.`,
    language: 'vi',
    items: days.map((d) => readingDayFeedItem(d, siteUrl, asOf)),
  };
}
