/**
 * RSS 2.0 feeds, written by hand (the format is small). RSS rather than Atom because Atom
 * requires a date on every entry, and a document that states no date must not be given one:
 * in RSS `pubDate` is optional, so such an item simply has none.
 */
import { parseIsoDate } from '../dates.ts';

export interface FeedItem {
  title: string;
  /** Absolute URL of the page. */
  link: string;
  /** Day the item was issued or published (YYYY-MM-DD), or null when not stated. */
  date: string | null;
  /** Plain text shown by feed readers. */
  description: string;
  categories?: readonly string[];
}

export interface Feed {
  title: string;
  /** Absolute URL of the page the feed is about. */
  link: string;
  /** Absolute URL of the feed itself (atom:link rel="self"). */
  self: string;
  description: string;
  /** BCP 47 language code of the content. */
  language: string;
  items: readonly FeedItem[];
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-02-23" → "Mon, 23 Feb 2026 00:00:00 +0700": the start of that day in Việt Nam (RFC 822). */
export function rfc822Date(iso: string): string {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`Not a YYYY-MM-DD date: ${iso}`);
  const day = new Date(0);
  day.setUTCFullYear(d.y, d.m - 1, d.d);
  return `${DAYS[day.getUTCDay()]}, ${String(d.d).padStart(2, '0')} ${MONTHS[d.m - 1]} ${d.y} 00:00:00 +0700`;
}

/** Escapes text for XML content and attributes; drops characters XML 1.0 cannot carry. */
export function escapeXml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function item(i: FeedItem): string {
  const lines = [
    `<title>${escapeXml(i.title)}</title>`,
    `<link>${escapeXml(i.link)}</link>`,
    `<guid isPermaLink="true">${escapeXml(i.link)}</guid>`,
    ...(i.date ? [`<pubDate>${rfc822Date(i.date)}</pubDate>`] : []),
    `<description>${escapeXml(i.description)}</description>`,
    ...(i.categories ?? []).map((c) => `<category>${escapeXml(c)}</category>`),
  ];
  return `    <item>\n${lines.map((l) => `      ${l}`).join('\n')}\n    </item>`;
}

/** The feed as an RSS 2.0 document. The channel date is the newest item's, so builds repeat. */
export function rssFeed(feed: Feed): string {
  const newest = feed.items.map((i) => i.date).filter((d): d is string => !!d).sort().pop();
  const head = [
    `<title>${escapeXml(feed.title)}</title>`,
    `<link>${escapeXml(feed.link)}</link>`,
    `<atom:link href="${escapeXml(feed.self)}" rel="self" type="application/rss+xml"/>`,
    `<description>${escapeXml(feed.description)}</description>`,
    `<language>${escapeXml(feed.language)}</language>`,
    ...(newest ? [`<lastBuildDate>${rfc822Date(newest)}</lastBuildDate>`] : []),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    ...head.map((l) => `    ${l}`),
    ...feed.items.map(item),
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
