/** RSS 2.0: dates in RFC 822 from ISO days, escaping, and no invented date for an undated document. */
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/content/load.ts';
import { escapeXml, rfc822Date, rssFeed } from '../../src/lib/opendata/feed.ts';
import { documentsFeed } from '../../src/lib/opendata/document-feed.ts';
import { readingDaysFeed } from '../../src/lib/opendata/reading-day-feed.ts';
import { ROOT, TEST_AS_OF } from '../support/paths.ts';

const SITE = 'https://tinh.gov.vn/phapluat';
const corpus = loadContent(join(ROOT, 'content'), ROOT, { PORTAL_AS_OF: TEST_AS_OF }).corpus!;
const xml = rssFeed(documentsFeed(corpus.documents, corpus.config, SITE));
const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
const tag = (s: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(s)?.[1];

/** Every element closed in order, every `&` an entity: what an XML parser requires of this shape. */
function wellFormed(doc: string): boolean {
  const stack: string[] = [];
  for (const m of doc.replace(/<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([a-zA-Z:]+)[^>]*?(\/?)>/g)) {
    if (m[3]) continue;
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else stack.push(m[2]!);
  }
  return stack.length === 0 && !/&(?!(amp|lt|gt|quot|apos);)/.test(doc);
}

describe('rfc822Date', () => {
  it('gives the start of the day in Việt Nam with the right weekday', () => {
    expect(rfc822Date('2026-02-23')).toBe('Mon, 23 Feb 2026 00:00:00 +0700');
    expect(rfc822Date('2025-04-30')).toBe('Wed, 30 Apr 2025 00:00:00 +0700');
    expect(() => rfc822Date('2026-02-30')).toThrow(RangeError);
  });
});

describe('escapeXml', () => {
  it('escapes markup characters and drops control characters XML cannot carry', () => {
    expect(escapeXml('A & B <c> "d" \'e\'\u0001')).toBe('A &amp; B &lt;c&gt; &quot;d&quot; &apos;e&apos;');
  });
});

describe('the documents feed', () => {
  it('is well-formed RSS 2.0 with a self link under the base', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"')).toBe(true);
    expect(wellFormed(xml)).toBe(true);
    expect(xml).toContain('<atom:link href="https://tinh.gov.vn/phapluat/rss/van-ban.xml" rel="self" type="application/rss+xml"/>');
    expect(tag(xml, 'link')).toBe('https://tinh.gov.vn/phapluat/van-ban/');
    expect(tag(xml, 'lastBuildDate')).toBe('Mon, 23 Feb 2026 00:00:00 +0700');
  });

  it('has 08-CT/TU first with its issue date', () => {
    expect(items).toHaveLength(2);
    expect(tag(items[0]!, 'title')).toBe('Chỉ thị 08-CT/TU về đổi mới công tác thi hành pháp luật, ban hành cơ chế, chính sách tạo động lực phát triển');
    expect(tag(items[0]!, 'link')).toBe('https://tinh.gov.vn/phapluat/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/');
    expect(tag(items[0]!, 'pubDate')).toBe('Mon, 23 Feb 2026 00:00:00 +0700');
    expect(tag(items[0]!, 'description')).toMatch(/^Số 08-CT\/TU, ngày 23\/02\/2026, của Ban Thường vụ Tỉnh ủy Điện Biên\. Ban Thường vụ Tỉnh ủy Điện Biên yêu cầu/);
  });

  it('gives the Thái Nguyên directive no pubDate: it states no date and none is invented', () => {
    expect(tag(items[1]!, 'title')).toBe('Chỉ thị về tăng cường sự lãnh đạo của Đảng trong công tác xây dựng và tổ chức thi hành pháp luật');
    expect(items[1]).not.toContain('<pubDate>');
    expect(tag(items[1]!, 'description')).toMatch(/^Không ghi số, không ghi ngày, của Ban Thường vụ Tỉnh ủy Thái Nguyên\./);
  });

  it('escapes text from content', () => {
    const out = rssFeed({ title: 'T & <b>', link: 'https://x.vn/?a=1&b=2', self: 'https://x.vn/f.xml', description: 'd', language: 'vi', items: [{ title: '1 < 2 & "3"', link: 'https://x.vn/a/', date: null, description: '</description>' }] });
    expect(wellFormed(out)).toBe(true);
    expect(out).toContain('<title>T &amp; &lt;b&gt;</title>');
    expect(out).toContain('<link>https://x.vn/?a=1&amp;b=2</link>');
    expect(out).toContain('<description>&lt;/description&gt;</description>');
    expect(out).not.toContain('<lastBuildDate>');
  });
});

describe('the reading-day feed', () => {
  // As of the day after 12/2026's session (16/12/2026), before 01/2027's.
  const days = rssFeed(readingDaysFeed(corpus.readingDays, corpus.config, SITE, '2026-12-17'));
  const dayItems = [...days.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);

  it('has one item per issue, newest month first, dated by the session day once it has come', () => {
    expect(wellFormed(days)).toBe(true);
    expect(days).toContain('<atom:link href="https://tinh.gov.vn/phapluat/rss/ngay-doc-van-ban.xml" rel="self" type="application/rss+xml"/>');
    expect(dayItems.map((i) => tag(i, 'link'))).toEqual([
      'https://tinh.gov.vn/phapluat/ngay-doc-van-ban/2027-01/',
      'https://tinh.gov.vn/phapluat/ngay-doc-van-ban/2026-12/',
    ]);
    expect(tag(dayItems[1]!, 'pubDate')).toBe('Wed, 16 Dec 2026 00:00:00 +0700');
    // An issue published ahead of its session has no date yet (a reader may hold back an item
    // dated in the future), and the channel's date is the last session held.
    expect(dayItems[0]).not.toContain('<pubDate>');
    expect(days).toContain('<lastBuildDate>Wed, 16 Dec 2026 00:00:00 +0700</lastBuildDate>');
    expect(tag(dayItems[1]!, 'title')).toMatch(/^Ngày đọc văn bản tháng 12\/2026: Đổi mới phổ biến, giáo dục pháp luật/);
    expect(tag(dayItems[1]!, 'description')).toMatch(/^Buổi sinh hoạt ngày 16\/12\/2026\. Chủ đề: .*Dành cho: Cơ quan, đơn vị; Xã, phường\. Văn bản đọc: Chỉ thị 08-CT\/TU/);
  });
});
