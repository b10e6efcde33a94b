/** sitemap.xml from built files, and robots.txt, under a sub-path base. */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isListable, pagePathOf, readHead, robotsTxt, sitemapXml } from '../../src/lib/opendata/sitemap.ts';

describe('pagePathOf', () => {
  it('maps index.html files to page paths and ignores other files', () => {
    expect(pagePathOf('index.html')).toBe('/');
    expect(pagePathOf('van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/index.html')).toBe('/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/');
    expect(pagePathOf('404.html')).toBeNull();
    expect(pagePathOf('api/tasks.json')).toBeNull();
    expect(pagePathOf('van-ban\\index.html')).toBe('/van-ban/');
  });
});

describe('isListable', () => {
  it('leaves out noindex pages and redirect stubs', () => {
    expect(isListable('<html><head><title>x</title></head><body></body></html>')).toBe(true);
    expect(isListable('<html><head><meta name="robots" content="noindex, follow"></head><body></body></html>')).toBe(false);
    expect(isListable('<html><head><meta http-equiv="refresh" content="0;url=/a/"></head><body></body></html>')).toBe(false);
    // A page that only talks about noindex in its body is still listed.
    expect(isListable('<html><head></head><body><meta name="robots" content="noindex"></body></html>')).toBe(true);
  });
});

describe('readHead', () => {
  it('reads a page up to its <body>, across blocks and a letter split between two, and a file without one whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lp-head-'));
    try {
      // The Đ of "Điện" is bytes 13 and 14: a 14-byte block ends inside it.
      const head = '<head><title>Điện Biên</title><meta name="robots" content="noindex"></head>';
      const page = join(dir, 'page.html');
      writeFileSync(page, `${head}<body>${'nội dung '.repeat(1000)}</body>`);
      const read = readHead(page, 14);
      expect(read.startsWith(head)).toBe(true);
      expect(read.length).toBeLessThan(head.length + 20);
      expect(isListable(read)).toBe(false);
      expect(readHead(page)).toContain('<title>Điện Biên</title>');
      const stub = join(dir, 'stub.html');
      writeFileSync(stub, '<p>Đã chuyển</p>');
      expect(readHead(stub, 4)).toBe('<p>Đã chuyển</p>');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('sitemapXml', () => {
  it('lists each page once, sorted, as absolute URLs under the base', () => {
    const xml = sitemapXml('https://tinh.gov.vn/phapluat', ['/van-ban/', '/', '/van-ban/']);
    expect(xml).toBe([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      '  <url><loc>https://tinh.gov.vn/phapluat/</loc></url>',
      '  <url><loc>https://tinh.gov.vn/phapluat/van-ban/</loc></url>',
      '</urlset>',
      '',
    ].join('\n'));
  });

  it('percent-encodes and escapes what a path could contain', () => {
    expect(sitemapXml('https://x.vn', ['/a b/?c=1&d=2'])).toContain('<loc>https://x.vn/a%20b/?c=1&amp;d=2</loc>');
  });
});

describe('robotsTxt', () => {
  it('names the sitemap by its absolute URL', () => {
    expect(robotsTxt('https://tinh.gov.vn/phapluat')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://tinh.gov.vn/phapluat/sitemap.xml\n');
  });
});
