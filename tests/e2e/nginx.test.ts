/**
 * deploy/nginx.conf run by a real nginx over the built bundled content (tests/support/nginx.ts):
 * the headers README promises on every response, the plain-HTTP redirect to HTTPS, compression
 * and caching by kind of file, Pagefind's files sent with Content-Encoding: gzip exactly once,
 * the 404 page and the slash redirect, and search in Chromium over HTTPS and HTTP/2 under the
 * header policy.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { request } from 'node:https';
import { get as httpGet } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { headerPolicy } from '../../src/integrations/csp.ts';
import { browserAvailable, launchBrowser } from '../support/browser.ts';
import { nginxAvailable, serveWithNginx, type NginxServer } from '../support/nginx.ts';

const siteDir = inject('siteDir');
const DOCUMENT = 'van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/';

interface Answer {
  status: number;
  /** Header name (lowercase) → every value sent, in order. */
  headers: Map<string, string[]>;
  body: Buffer;
}

describe.skipIf(!nginxAvailable || !browserAvailable)('deploy/nginx.conf in nginx', () => {
  let server: NginxServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveWithNginx(siteDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** GET `path` as a browser asks (gzip accepted), trusting the test certificate; the body as sent. */
  function get(path: string): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const req = request(new URL(path, server.url), { ca: server.cert, headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const headers = new Map<string, string[]>();
          for (let i = 0; i < res.rawHeaders.length; i += 2) {
            const name = res.rawHeaders[i]!.toLowerCase();
            headers.set(name, [...(headers.get(name) ?? []), res.rawHeaders[i + 1]!]);
          }
          resolve({ status: res.statusCode!, headers, body: Buffer.concat(chunks) });
        });
      });
      req.on('error', reject);
      req.end();
    });
  }

  const one = (a: Answer, name: string): string | undefined => {
    const values = a.headers.get(name) ?? [];
    expect(values.length, `${name}: ${values.join(' | ')}`).toBeLessThanOrEqual(1);
    return values[0];
  };
  const file = (path: string) => readFileSync(join(siteDir, path));
  const firstIn = (dir: string, ext: string) => `${dir}/${readdirSync(join(siteDir, dir)).find((f) => f.endsWith(ext))!}`;

  it('sends the security headers on every kind of response, the 404 page included', async () => {
    const paths = ['', DOCUMENT, 'tim-kiem/', 'api/documents.json', 'lich/nhiem-vu.ics', 'og/cong-thong-tin.png', firstIn('_astro', '.css'), 'pagefind/pagefind.js', firstIn('pagefind/fragment', '.pf_fragment'), 'khong-co-trang-nay/'];
    for (const path of paths) {
      const a = await get(`/${path}`);
      expect(a.status, path).toBe(path.startsWith('khong-co') ? 404 : 200);
      expect(one(a, 'content-security-policy'), path).toBe(headerPolicy());
      expect(one(a, 'x-content-type-options'), path).toBe('nosniff');
      expect(one(a, 'referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(one(a, 'permissions-policy'), path).toBe('camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()');
      expect(one(a, 'strict-transport-security'), path).toBe('max-age=31536000');
    }
  });

  it('sends Pagefind\'s gzipped files as they are, with Content-Encoding: gzip once, and gzips text itself', async () => {
    for (const path of [firstIn('pagefind/fragment', '.pf_fragment'), firstIn('pagefind/index', '.pf_index'), firstIn('pagefind', '.pf_meta'), 'pagefind/wasm.unknown.pagefind', 'pagefind/toan-van/wasm.unknown.pagefind']) {
      const a = await get(`/${path}`);
      expect(one(a, 'content-encoding'), path).toBe('gzip');
      // The stored bytes, not compressed again: unpacked once, they are Pagefind's own data.
      expect(a.body.equals(file(path)), path).toBe(true);
      expect(gunzipSync(a.body).subarray(0, 12).toString(), path).toBe('pagefind_dcd');
    }
    for (const [path, stored] of [[DOCUMENT, `${DOCUMENT}index.html`], ['pagefind/pagefind.js', 'pagefind/pagefind.js'], ['api/documents.json', 'api/documents.json']] as const) {
      const a = await get(`/${path}`);
      expect(one(a, 'content-encoding'), path).toBe('gzip');
      expect(gunzipSync(a.body).equals(file(stored)), path).toBe(true);
    }
    // An image is sent as it is, with its type.
    const png = await get('/og/cong-thong-tin.png');
    expect(one(png, 'content-encoding')).toBeUndefined();
    expect(one(png, 'content-type')).toBe('image/png');
    expect(png.body.equals(file('og/cong-thong-tin.png'))).toBe(true);
    // The types stock mime.types lacks.
    expect(one(await get('/lich/nhiem-vu.ics'), 'content-type')).toBe('text/calendar; charset=utf-8');
    expect(one(await get('/api/tasks.csv'), 'content-type')).toBe('text/csv; charset=utf-8');
  });

  it('caches hashed files for a year and revalidates the rest', async () => {
    const immutable = 'public, max-age=31536000, immutable';
    expect(one(await get(`/${firstIn('_astro', '.css')}`), 'cache-control')).toBe(immutable);
    expect(one(await get(`/${firstIn('pagefind/fragment', '.pf_fragment')}`), 'cache-control')).toBe(immutable);
    for (const path of ['', DOCUMENT, 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'api/documents.json']) {
      expect(one(await get(`/${path}`), 'cache-control'), path).toBe('no-cache');
    }
  });

  it('sends a plain-HTTP request to the same address over HTTPS, with its query, at the configured name whatever Host it names', async () => {
    const serverName = /^\s*server_name\s+(\S+);$/m.exec(readFileSync(join(import.meta.dirname, '../../deploy/nginx.conf'), 'utf8'))![1]!;
    for (const host of [undefined, 'evil.example']) {
      const answer = await new Promise<{ status: number; location?: string; hsts?: string | string[]; server?: string }>((resolve, reject) => {
        httpGet(new URL('/tim-kiem/?q=dien+bien', server.httpUrl), { headers: host ? { host } : {} }, (res) => {
          res.resume();
          resolve({ status: res.statusCode!, location: res.headers.location, hsts: res.headers['strict-transport-security'], server: String(res.headers.server) });
        }).on('error', reject);
      });
      expect(answer.status, host).toBe(301);
      expect(answer.location, host).toBe(`https://${serverName}/tim-kiem/?q=dien+bien`);
      // HSTS only over HTTPS (browsers ignore it on plain HTTP).
      expect(answer.hsts, host).toBeUndefined();
      expect(answer.server, host).toBe('nginx');
    }
  });

  it('names no nginx version, and answers a folder that has no page with the 404 page, not nginx\'s 403', async () => {
    for (const path of ['/', '/_astro/', '/pagefind/', '/khong-co/']) {
      const answer = await get(path);
      expect(one(answer, 'server'), path).toBe('nginx');
      if (path === '/') continue;
      expect(answer.status, path).toBe(404);
      expect(gunzipSync(answer.body).equals(file('404.html')), path).toBe(true);
      // The 404 page gets the same headers as every response.
      expect(one(answer, 'content-security-policy'), path).toBe(headerPolicy());
    }
  });

  it('answers an unknown address with the Vietnamese 404 page, and a folder without its slash with a redirect', async () => {
    const missing = await get('/khong-co-trang-nay/');
    expect(missing.status).toBe(404);
    expect(gunzipSync(missing.body).equals(file('404.html'))).toBe(true);
    const folder = await get('/van-ban');
    expect(folder.status).toBe(301);
    expect(new URL(one(folder, 'location')!, server.url).pathname).toBe('/van-ban/');
  });

  it('serves search in Chromium over HTTP/2 under the header policy: Điện Biên first, no violation', async () => {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const page = await context.newPage();
    const csp: string[] = [];
    const protocols = new Set<string>();
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    cdp.on('Network.responseReceived', (e: { response: { url: string; protocol?: string } }) => {
      if (e.response.url.includes('/pagefind/')) protocols.add(e.response.protocol ?? '?');
    });
    try {
      await page.goto(`${server.url}tim-kiem/?q=dien+bien`);
      await page.waitForFunction(() => document.querySelector('[data-search-results]')?.getAttribute('data-search-state') === 'done');
      const first = await page.locator('[data-search-results] > li').first().getByRole('link').getAttribute('href');
      expect(new URL(first!, page.url()).pathname).toBe(`/${DOCUMENT}`);
      expect([...protocols]).toEqual(['h2']);
      expect(csp).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
