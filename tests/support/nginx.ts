/**
 * The sample server configuration, deploy/nginx.conf, run by a real nginx (Debian's `nginx-light`)
 * over a built site: its HTTPS server block and its plain-HTTP one as written, with only what a
 * machine must change replaced (the ports, the certificate, the site's folder, the path of
 * mime.types), wrapped in the main context Debian's /etc/nginx/nginx.conf would give it. The
 * certificate is a throwaway one for 127.0.0.1 made with `openssl`. On a laptop without nginx the
 * tests that need it skip; under CI=true a missing nginx fails them, as a missing Chromium does.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { join } from 'node:path';
import { tempDir } from './temp-dirs.ts';
import { ROOT } from './paths.ts';

const CANDIDATES = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx'];
export const nginxPath: string | null = CANDIDATES.find((p): p is string => !!p && existsSync(p)) ?? null;
const opensslPath = ['/usr/bin/openssl', '/bin/openssl'].find((p) => existsSync(p)) ?? null;

if ((!nginxPath || !opensslPath) && process.env.CI === 'true') {
  throw new Error('CI=true nhưng không tìm thấy nginx hoặc openssl (cài gói Debian "nginx-light" và "openssl", hoặc đặt NGINX_PATH). The nginx tests must run in CI.');
}

/** True when the nginx tests can run here; use with `describe.skipIf(!nginxAvailable)`. */
export const nginxAvailable = nginxPath !== null && opensslPath !== null;

export interface NginxServer {
  /** "https://127.0.0.1:<port>/". */
  url: string;
  /** "http://127.0.0.1:<port>/": the config's plain-HTTP server (port 80 in deploy/nginx.conf). */
  httpUrl: string;
  /** The certificate the server presents (PEM), to trust in clients. */
  cert: string;
  close(): Promise<void>;
}

/** deploy/nginx.conf's server blocks (HTTPS and plain HTTP), changed only where a machine must differ. */
function testServerBlocks(conf: string, { port, httpPort, root, certFile, keyFile }: { port: number; httpPort: number; root: string; certFile: string; keyFile: string }): string {
  const blocks = conf.split(/^server \{$/m);
  const replace = (text: string, pattern: RegExp, by: string): string => {
    if (!pattern.test(text)) throw new Error(`deploy/nginx.conf: expected a line matching ${pattern}`);
    return text.replace(pattern, by);
  };
  const serverBlock = (listen: RegExp, what: string): string => {
    const found = blocks.find((b) => listen.test(b));
    if (!found) throw new Error(`deploy/nginx.conf: no server { } with "${what}"`);
    return `server {${found.slice(0, found.search(/^\}$/m) + 1)}`;
  };
  let http = serverBlock(/^\s*listen 80;$/m, 'listen 80');
  http = replace(http, /^\s*listen 80;$/m, `    listen 127.0.0.1:${httpPort};`);
  http = replace(http, /^\s*listen \[::\]:80;\n/m, '');
  let block = serverBlock(/listen 443 ssl/, 'listen 443 ssl');
  block = replace(block, /^\s*listen 443 ssl http2;$/m, `    listen 127.0.0.1:${port} ssl http2;`);
  block = replace(block, /^\s*listen \[::\]:443 ssl http2;\n/m, '');
  block = replace(block, /^\s*ssl_certificate\s+\S+;$/m, `    ssl_certificate     ${certFile};`);
  block = replace(block, /^\s*ssl_certificate_key\s+\S+;$/m, `    ssl_certificate_key ${keyFile};`);
  block = replace(block, /^\s*root \S+;$/m, `    root ${root};`);
  block = replace(block, /^\s*include mime\.types;$/m, '    include /etc/nginx/mime.types;');
  // The maps the server blocks use: everything before the first server { }.
  return `${blocks[0]}\n${http}\n${block}\n`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, nginx: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (nginx.exitCode !== null) throw new Error(`nginx stopped (exit ${nginx.exitCode}):\n${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => { socket.destroy(); resolve(true); });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nginx did not listen on ${port}:\n${log()}`);
}

/** Serves `siteDir` with deploy/nginx.conf (see above). */
export async function serveWithNginx(siteDir: string): Promise<NginxServer> {
  if (!nginxPath || !opensslPath) throw new Error('nginx or openssl not found');
  const dir = tempDir('nginx-');
  const certFile = join(dir, 'cert.pem');
  const keyFile = join(dir, 'key.pem');
  const made = spawnSync(opensslPath, ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', keyFile, '-out', certFile], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`openssl: ${made.stderr}`);
  const port = await freePort();
  const httpPort = await freePort();
  const temp = join(dir, 'temp');
  mkdirSync(temp);
  const server = testServerBlocks(readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8'), { port, httpPort, root: siteDir, certFile, keyFile });
  const confFile = join(dir, 'nginx.conf');
  writeFileSync(confFile, `# deploy/nginx.conf's servers for a test (tests/support/nginx.ts).
daemon off;
worker_processes 1;
${process.getuid?.() === 0 ? 'user root;\n' : ''}pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path ${temp}/body;
    proxy_temp_path ${temp}/proxy;
    fastcgi_temp_path ${temp}/fastcgi;
    uwsgi_temp_path ${temp}/uwsgi;
    scgi_temp_path ${temp}/scgi;
${server}
}
`);
  const check = spawnSync(nginxPath, ['-t', '-p', dir, '-c', confFile], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t: ${check.stderr}`);
  const nginx = spawn(nginxPath, ['-p', dir, '-c', confFile], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  nginx.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const log = () => `${stderr}${existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''}`;
  await waitForPort(port, nginx, log);
  await waitForPort(httpPort, nginx, log);
  return {
    url: `https://127.0.0.1:${port}/`,
    httpUrl: `http://127.0.0.1:${httpPort}/`,
    cert: readFileSync(certFile, 'utf8'),
    close: () => new Promise<void>((resolve) => {
      if (nginx.exitCode !== null) return resolve();
      nginx.once('exit', () => resolve());
      nginx.kill('SIGQUIT');
    }),
  };
}
