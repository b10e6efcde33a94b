/** sitemap.xml from built files, and robots.txt, under a sub-path base. */
import { describe, it, expect } from 'vitest';
import { isListable, pagePathOf, robotsTxt, sitemapXml } from '../../src/lib/opendata/sitemap.ts';

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
