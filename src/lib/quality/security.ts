/**
 * Security gate on the built pages:
 *
 * - every page has a Content-Security-Policy <meta>, whose script sources allow no
 *   'unsafe-inline', 'unsafe-eval' or whole schemes, with object-src 'none' and a base-uri;
 * - every inline <script> and <style> is allowed by its hash, in the page's policy and in the
 *   policy the web server sends (deploy/nginx.conf), since a browser enforces both;
 * - no inline event handlers (onclick=…) and no style="…" attributes, which such a policy blocks;
 * - no third-party requests: nothing the browser fetches by itself (scripts, stylesheets, images,
 *   frames, CSS url()) and no form comes from another origin;
 * - the server's policy says the same as the pages' (hashes aside; it may add header-only
 *   directives such as frame-ancestors).
 */
import { cssUrls, refsOf } from './html-refs.ts';
import { attributeSources, elementSources, inlineAllowed, parsePolicy, policyShape, type Policy } from './csp-policy.ts';
import type { SiteProblem } from './problem.ts';
import { htmlPages, pageTags, type SiteFiles } from './site-files.ts';
import { urlOfFile, type SiteLocation } from './site-url.ts';

export interface SecurityOptions {
  /** The policy the web server sends as a header, if any; checked together with each page's. */
  headerPolicy?: string | null;
  /** Where the header policy comes from, for messages (e.g. "deploy/nginx.conf"). */
  headerSource?: string;
}

/** Directives only a header can carry; a <meta> policy ignores them. */
const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'report-to', 'sandbox'];
const UNSAFE_SCRIPT = ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:', 'data:', 'blob:'];
const DATA_SCRIPT = /^(application\/(ld\+)?json|text\/plain)$/i;

export interface SecurityStats {
  pagesWithPolicy: number;
  inlineScripts: number;
  inlineStyles: number;
}

export function checkSecurity(site: SiteFiles, at: SiteLocation, options: SecurityOptions = {}): { problems: SiteProblem[]; stats: SecurityStats } {
  const problems: SiteProblem[] = [];
  const stats: SecurityStats = { pagesWithPolicy: 0, inlineScripts: 0, inlineStyles: 0 };
  const header = options.headerPolicy ? parsePolicy(options.headerPolicy) : null;
  const headerName = options.headerSource ?? 'header của máy chủ';
  const origin = new URL(at.origin).origin;
  let driftReported = false;

  for (const file of htmlPages(site)) {
    const tags = pageTags(site, file);
    const push = (line: number | undefined, message: string) => problems.push({ file, line, gate: 'security', message });
    const metas = tags.filter((t) => t.name === 'meta' && t.attrs['http-equiv']?.toLowerCase() === 'content-security-policy');
    const meta = metas[0] ? parsePolicy(metas[0].attrs.content ?? '') : null;
    if (!meta) push(undefined, 'không có thẻ <meta> Content-Security-Policy');
    else {
      stats.pagesWithPolicy++;
      checkPolicy(meta, (m) => push(metas[0]!.line, m));
      if (header && !driftReported) {
        const drift = policyDrift(meta, header);
        if (drift.length) {
          driftReported = true;
          push(metas[0]!.line, `chính sách của trang và chính sách trong ${headerName} khác nhau: ${drift.join('; ')} (hãy sửa cả hai cho giống nhau)`);
        }
      }
    }
    const policies: [string, Policy][] = [...(meta ? [['chính sách của trang', meta] as [string, Policy]] : []), ...(header ? [[headerName, header] as [string, Policy]] : [])];

    for (const t of tags) {
      if (t.name === 'script' && !t.attrs.src && t.text?.trim() && !DATA_SCRIPT.test(t.attrs.type ?? '')) {
        stats.inlineScripts++;
        for (const [name, p] of policies) if (!inlineAllowed(elementSources(p, 'script'), t.text)) push(t.line, `<script> nội tuyến bị ${name} chặn (không có mã băm khớp): script sẽ không chạy`);
      }
      if (t.name === 'style' && t.text?.trim()) {
        stats.inlineStyles++;
        for (const [name, p] of policies) if (!inlineAllowed(elementSources(p, 'style'), t.text)) push(t.line, `<style> nội tuyến bị ${name} chặn (không có mã băm khớp): kiểu trình bày sẽ không được áp dụng`);
      }
      const handlers = Object.keys(t.attrs).filter((a) => /^on[a-z]+$/.test(a));
      if (handlers.length) push(t.line, `<${t.name} ${handlers.join(' ')}>: trình xử lý sự kiện nội tuyến, bị chính sách chặn (hãy dùng một tệp script)`);
      if (t.attrs.style !== undefined) {
        for (const [name, p] of policies) if (!inlineAllowed(attributeSources(p, 'style'), t.attrs.style)) push(t.line, `<${t.name} style="…">: thuộc tính style bị ${name} chặn (hãy dùng class)`);
      }
    }

    const here = urlOfFile(file, at);
    for (const ref of refsOf(tags)) {
      if (!ref.fetched && ref.tag.name !== 'form') continue;
      const url = safeUrl(ref.url, here);
      if (url && /^https?:$/.test(url.protocol) && url.origin !== origin) {
        push(ref.tag.line, `<${ref.tag.name} ${ref.attr}="${ref.url}">: ${ref.tag.name === 'form' ? 'biểu mẫu gửi dữ liệu tới trang web khác' : 'yêu cầu tới bên thứ ba'} ${url.origin}`);
      }
    }
  }

  for (const file of site.files.filter((f) => f.endsWith('.css'))) {
    for (const u of cssUrls(site.text(file))) {
      const url = safeUrl(u, urlOfFile(file, at));
      if (url && /^https?:$/.test(url.protocol) && url.origin !== origin) problems.push({ file, gate: 'security', message: `url(${u}): yêu cầu tới bên thứ ba ${url.origin}` });
    }
  }
  return { problems, stats };
}

function checkPolicy(p: Policy, push: (m: string) => void): void {
  const scripts = elementSources(p, 'script');
  if (!scripts) push('chính sách không giới hạn script (không có script-src hay default-src)');
  else for (const s of UNSAFE_SCRIPT) if (scripts.includes(s)) push(`nguồn script cho phép ${s}`);
  const objects = p.get('object-src') ?? p.get('default-src');
  if (!objects || objects.join(' ') !== "'none'") push("object-src không phải 'none'");
  if (!p.has('base-uri')) push('không có base-uri (một thẻ <base> bị chèn vào có thể đổi đích của các địa chỉ tương đối)');
}

/** What two policies say differently, ignoring hashes, nonces and header-only directives. */
function policyDrift(meta: Policy, header: Policy): string[] {
  const a = policyShape(meta, HEADER_ONLY);
  const b = policyShape(header, HEADER_ONLY);
  const out: string[] = [];
  for (const name of new Set([...a.keys(), ...b.keys()])) {
    if (a.get(name) !== b.get(name)) out.push(`${name}: trang "${a.get(name) ?? '(không có)'}", header "${b.get(name) ?? '(không có)'}"`);
  }
  return out;
}

function safeUrl(ref: string, base: URL): URL | null {
  try {
    return new URL(ref, base);
  } catch {
    return null;
  }
}
