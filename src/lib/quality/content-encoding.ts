/**
 * Which built files the web server sends with `Content-Encoding: gzip`, held to the files.
 *
 * Pagefind writes its index files and its WebAssembly gzip-compressed. Sent with that header, the
 * browser unpacks them itself, off the page's main thread, and Pagefind (which checks) skips its
 * own JavaScript gunzip. deploy/nginx.conf does this with a map from the request's URI
 * (`map $uri $lp_content_encoding { ~pattern gzip; … }` and `add_header Content-Encoding
 * $lp_content_encoding`). The check: every gzipped file under `pagefind/` is sent that way, and
 * no other file is (a file that is not gzip, sent as gzip, cannot be read at all; a gzip file
 * offered for download would be saved unpacked).
 */
import type { SiteProblem } from './problem.ts';
import type { SiteFiles } from './site-files.ts';
import type { SiteLocation } from './site-url.ts';

/** Whether the bytes are a gzip stream (its two magic bytes). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

const stripComments = (conf: string): string => conf.split('\n').map((l) => l.replace(/(^|\s)#.*$/, '')).join('\n');

/**
 * The URI patterns an nginx config sends with `Content-Encoding: gzip`: the regular-expression
 * entries whose value is `gzip` in the `map $uri …` block of the variable that
 * `add_header Content-Encoding $variable` sends. An empty list when the config sends no such
 * header. Throws on what this reading does not understand (a fixed value, a map on another
 * variable, an entry that is not a regular expression), rather than guess.
 */
export function gzipUrisFromNginxConf(conf: string): RegExp[] {
  const text = stripComments(conf);
  const header = /add_header\s+Content-Encoding\s+(\S+?)\s*(?:always\s*)?;/i.exec(text);
  if (!header) return [];
  const variable = header[1]!;
  if (!variable.startsWith('$')) throw new Error(`add_header Content-Encoding ${variable}: cần một biến được đặt bằng khối map $uri`);
  const block = new RegExp(`map\\s+\\$uri\\s+\\${variable}\\s*\\{([^}]*)\\}`).exec(text);
  if (!block) throw new Error(`add_header Content-Encoding ${variable}: không có khối "map $uri ${variable} { … }"`);
  const patterns: RegExp[] = [];
  for (const line of block[1]!.split(';')) {
    const entry = line.trim();
    if (!entry) continue;
    const m = /^(\S+)\s+"?([^"\s]*)"?$/.exec(entry);
    if (!m) throw new Error(`map ${variable}: không đọc được mục "${entry}"`);
    const [, key, value] = m as unknown as [string, string, string];
    if (key === 'default') {
      if (value !== '') throw new Error(`map ${variable}: default phải là "" (không gửi header), không phải "${value}"`);
      continue;
    }
    if (value === '') continue;
    if (value !== 'gzip') throw new Error(`map ${variable}: "${key}" cho giá trị "${value}"; chỉ kiểm tra được giá trị gzip`);
    if (!key.startsWith('~')) throw new Error(`map ${variable}: "${key}" không phải biểu thức chính quy (~…)`);
    patterns.push(key.startsWith('~*') ? new RegExp(key.slice(2), 'i') : new RegExp(key.slice(1)));
  }
  return patterns;
}

/**
 * Problems with the files a server sending `Content-Encoding: gzip` for the URIs `patterns`
 * match would serve wrongly or slowly, and how many files it sends that way; `source` names the
 * config in the messages. Files of one kind (same folder and extension) with the same problem are
 * reported once, with their count.
 */
export function checkContentEncoding(site: SiteFiles, at: SiteLocation, patterns: readonly RegExp[], source: string): { problems: SiteProblem[]; sent: number } {
  let sent = 0;
  const groups = new Map<string, { file: string; count: number; message: string }>();
  const report = (file: string, message: string) => {
    const kind = `${file.replace(/[^/]*$/, '')}*${/\.[^./]+$/.exec(file)?.[0] ?? ''}|${message}`;
    const group = groups.get(kind);
    if (group) group.count += 1;
    else groups.set(kind, { file, count: 1, message });
  };
  for (const file of site.files) {
    const uri = at.base + file;
    const sentAsGzip = patterns.some((p) => p.test(uri));
    if (sentAsGzip) sent += 1;
    const gzip = isGzip(site.head(file, 2));
    const pagefind = file.startsWith('pagefind/');
    if (sentAsGzip && !gzip) report(file, `${source} gửi tệp này với Content-Encoding: gzip nhưng tệp không được nén gzip: trình duyệt không đọc được`);
    else if (sentAsGzip && !pagefind) report(file, `${source} gửi tệp này với Content-Encoding: gzip: người tải về sẽ nhận tệp đã bị giải nén; chỉ các tệp của Pagefind mới được gửi như vậy (hãy sửa mẫu trong map)`);
    else if (!sentAsGzip && gzip && pagefind) report(file, `Pagefind đã nén gzip tệp này nhưng ${source} không gửi nó với Content-Encoding: gzip, nên Pagefind trong trình duyệt phải tự giải nén bằng JavaScript (chậm hơn); hãy thêm một mẫu cho tệp này vào map`);
  }
  const problems = [...groups.values()].map(({ file, count, message }): SiteProblem => ({
    file,
    gate: 'server',
    message: count > 1 ? `${message} (và ${count - 1} tệp cùng loại khác)` : message,
  }));
  return { problems, sent };
}
