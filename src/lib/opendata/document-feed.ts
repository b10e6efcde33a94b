/** The feed of new documents (/rss/van-ban.xml): newest first, as the corpus orders them. */
import type { DocumentEntry } from '../content/corpus.ts';
import { formatViDate } from '../dates.ts';
import { absoluteUrl } from '../tasks/export-json.ts';
import type { Feed, FeedItem } from './feed.ts';
import { upperFirst } from '../upper-first.ts';

/** Site path of the documents feed. */
export const DOCUMENT_FEED_PATH = '/rss/van-ban.xml';

/** "Số 08-CT/TU, ngày 23/02/2026, của …", or "Không ghi số, không ghi ngày, của …": what the page heading says. */
export function documentLead(doc: DocumentEntry): string {
  const d = doc.data;
  return [d.number ? `Số ${d.number}` : 'Không ghi số', d.issued ? `ngày ${formatViDate(d.issued)}` : 'không ghi ngày', `của ${doc.issuer.name}`].join(', ');
}

/** "Chỉ thị 08-CT/TU về …"; without a number, "Chỉ thị về …". */
export function documentFeedTitle(doc: DocumentEntry): string {
  return doc.data.number ? `${doc.type.name} ${doc.data.number} ${doc.data.title}` : upperFirst(doc.displayTitle);
}

export function documentFeedItem(doc: DocumentEntry, siteUrl: string): FeedItem {
  return {
    title: documentFeedTitle(doc),
    link: absoluteUrl(siteUrl, doc.url),
    // The date the document states; none when it states none (never the date the file was added).
    date: doc.data.issued,
    description: `${documentLead(doc)}.${doc.data.summary ? ` ${doc.data.summary}` : ''}`,
    categories: [doc.type.name, ...doc.fields.map((f) => f.name)],
  };
}

export function documentsFeed(documents: readonly DocumentEntry[], portal: { name: string }, siteUrl: string): Feed {
  return {
    title: `Văn bản mới – ${portal.name}`,
    link: absoluteUrl(siteUrl, '/van-ban/'),
    self: absoluteUrl(siteUrl, DOCUMENT_FEED_PATH),
    description: `Các văn bản mới đăng trên ${portal.name}, mới nhất trước.`,
    language: 'vi',
    items: documents.map((d) => documentFeedItem(d, siteUrl)),
  };
}
