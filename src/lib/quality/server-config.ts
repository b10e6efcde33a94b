/**
 * What the site checks read from the sample server configuration (deploy/nginx.conf): the
 * Content-Security-Policy header it sends and the URIs it sends with `Content-Encoding: gzip`.
 * What cannot be read is a problem of the check, named with the file, not a crash: the other
 * gates still run and report.
 */
import { cspFromNginxConf } from './csp-policy.ts';
import { gzipUrisFromNginxConf } from './content-encoding.ts';
import type { SiteProblem } from './problem.ts';

export interface ServerConfig {
  /** The header policy, or null when the config sends none (a problem then). */
  headerPolicy: string | null;
  /** The gzip URI patterns, or undefined when they could not be read (a problem then). */
  gzipUris: RegExp[] | undefined;
  problems: SiteProblem[];
}

/**
 * Reads `conf`, the text of the config at `file` (a path relative to the built folder, as the
 * problems name it: "../deploy/nginx.conf").
 */
export function readServerConfig(conf: string, file: string): ServerConfig {
  const problems: SiteProblem[] = [];
  const headerPolicy = cspFromNginxConf(conf);
  if (!headerPolicy) problems.push({ file, gate: 'security', message: 'không có add_header Content-Security-Policy (máy chủ cần gửi cùng chính sách với thẻ <meta> của các trang)' });
  let gzipUris: RegExp[] | undefined;
  try {
    gzipUris = gzipUrisFromNginxConf(conf);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push({ file, gate: 'server', message: `không xác định được tệp nào được gửi với Content-Encoding: gzip: ${reason}; phần kiểm tra server đã bị bỏ qua` });
  }
  return { headerPolicy, gzipUris, problems };
}
