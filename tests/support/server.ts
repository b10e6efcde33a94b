/**
 * A minimal static file server for a built site, as any static host would serve it:
 * directories serve index.html, unknown paths serve 404.html with status 404. Like
 * deploy/nginx.conf, it sends Pagefind's gzipped files with `Content-Encoding: gzip` (the URIs
 * that config's map names), unless told to leave the header out, as some hosts do.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipUrisFromNginxConf } from '../../src/lib/quality/content-encoding.ts';
import { ROOT } from './paths.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.ics': 'text/calendar; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** Origin plus base path, ending with "/": e.g. "http://127.0.0.1:41234/phapluat/". */
  url: string;
  /** Bytes sent per path since start (for transfer measurements). */
  sent: Map<string, number>;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Send `Content-Encoding: gzip` where deploy/nginx.conf does (default true). */
  contentEncoding?: boolean;
}

export async function serveStatic(dir: string, base = '/', { contentEncoding = true }: ServeOptions = {}): Promise<StaticServer> {
  const sent = new Map<string, number>();
  const gzipUris = contentEncoding ? gzipUrisFromNginxConf(readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8')) : [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(base)) return notFound();
    let file = normalize(join(dir, path.slice(base.length)));
    if (!file.startsWith(normalize(dir))) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return notFound();
    send(file, 200);

    function send(f: string, status: number) {
      const size = statSync(f).size;
      sent.set(path, (sent.get(path) ?? 0) + size);
      const headers: Record<string, string | number> = { 'Content-Type': TYPES[extname(f)] ?? 'application/octet-stream', 'Content-Length': size };
      if (status === 200 && gzipUris.some((p) => p.test(path))) headers['Content-Encoding'] = 'gzip';
      res.writeHead(status, headers);
      createReadStream(f).pipe(res);
    }
    function notFound() {
      const page = join(dir, '404.html');
      if (existsSync(page)) return send(page, 404);
      res.writeHead(404).end('Not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    sent,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
