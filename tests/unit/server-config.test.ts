/**
 * What `npm run check:site` reads from deploy/nginx.conf (src/lib/quality/server-config.ts): a
 * config it cannot read is reported as a problem naming the file, not a crash.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readServerConfig } from '../../src/lib/quality/server-config.ts';
import { cspFromNginxConf } from '../../src/lib/quality/csp-policy.ts';
import { formatSiteProblem } from '../../src/lib/quality/problem.ts';
import { ROOT } from '../support/paths.ts';

const nginx = readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8');
const FILE = '../deploy/nginx.conf';
const lines = (conf: string) => readServerConfig(conf, FILE).problems.map((p) => formatSiteProblem(p));

describe('readServerConfig', () => {
  it("reads deploy/nginx.conf's policy and gzip patterns without a problem", () => {
    const read = readServerConfig(nginx, FILE);
    expect(read.problems).toEqual([]);
    expect(read.headerPolicy).toBe(cspFromNginxConf(nginx));
    expect(read.gzipUris?.some((p) => p.test('/pagefind/index/vi_1.pf_index'))).toBe(true);
  });

  it('reports a Content-Encoding it cannot read, with the file and the reason, and gives no patterns', () => {
    const conf = nginx.replace(/add_header Content-Encoding \$\w+/, 'add_header Content-Encoding gzip');
    expect(conf).not.toBe(nginx);
    const read = readServerConfig(conf, FILE);
    expect(read.gzipUris).toBeUndefined();
    expect(read.headerPolicy).toBe(cspFromNginxConf(nginx));
    expect(lines(conf)).toEqual([
      'dist/../deploy/nginx.conf: server: không xác định được tệp nào được gửi với Content-Encoding: gzip: add_header Content-Encoding gzip: cần một biến được đặt bằng khối map $uri; phần kiểm tra server đã bị bỏ qua',
    ]);
  });

  it('reports a config without a Content-Security-Policy', () => {
    const conf = nginx.replace(/^\s*add_header Content-Security-Policy .*$/m, '');
    expect(conf).not.toBe(nginx);
    expect(lines(conf)).toEqual(['dist/../deploy/nginx.conf: security: không có add_header Content-Security-Policy (máy chủ cần gửi cùng chính sách với thẻ <meta> của các trang)']);
  });
});
