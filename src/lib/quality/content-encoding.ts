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
  if (!variable.startsWith('$')) throw new Error(`add_header Content-Encoding ${variable}: expected a variable set by a map of $uri`);
  const block = new RegExp(`map\\s+\\$uri\\s+\\${variable}\\s*\\{([^}]*)\\}`).exec(text);
  if (!block) throw new Error(`add_header Content-Encoding ${variable}: no "map $uri ${variable} { … }" block`);
  const patterns: RegExp[] = [];
  for (const line of block[1]!.split(';')) {
    const entry = line.trim();
    if (!entry) continue;
    const m = /^(\S+)\s+"?([^"\s]*)"?$/.exec(entry);
    if (!m) throw new Error(`map ${variable}: cannot read the entry "${entry}"`);
    const [, key, value] = m as unknown as [string, string, string];
    if (key === 'default') {
      if (value !== '') throw new Error(`map ${variable}: default must be "" (no header), not "${value}"`);
      continue;
    }
    if (value === '') continue;
    if (value !== 'gzip') throw new Error(`map ${variable}: "${key}" gives "${value}"; only gzip is checked`);
    if (!key.startsWith('~')) throw new Error(`map ${variable}: "${key}" is not a regular expression (~…)`);
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
    if (sentAsGzip && !gzip) report(file, `${source} sends it with Content-Encoding: gzip, but it is not gzip-compressed: browsers cannot read it`);
    else if (sentAsGzip && !pagefind) report(file, `${source} sends it with Content-Encoding: gzip: a browser would save it unpacked; only Pagefind's files are meant`);
    else if (!sentAsGzip && gzip && pagefind) report(file, `gzip-compressed by Pagefind, but ${source} does not send it with Content-Encoding: gzip (add a pattern for it to the map), so the browser's Pagefind unpacks it in JavaScript`);
  }
  const problems = [...groups.values()].map(({ file, count, message }): SiteProblem => ({
    file,
    gate: 'server',
    message: count > 1 ? `${message} (and ${count - 1} more such files)` : message,
  }));
  return { problems, sent };
}
