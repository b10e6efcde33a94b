/**
 * Page weight gate, measured on the built files as a server sends them (each file gzipped on its
 * own, level 6, the usual server setting):
 *
 * - HTML + CSS: the page plus every stylesheet it links, ≤ 30 KB. Everything needed to read it.
 * - Script before interaction: inline scripts, `<script src>`, `<link rel="modulepreload">`, and
 *   the modules those import statically, ≤ 5 KB. A module fetched by a dynamic `import()` (the
 *   search engine, loaded when a query is typed or given) is not counted: it loads after the page
 *   is usable.
 * - Fonts: system fonts first; a web font loaded by a stylesheet must be a WOFF2 subset ≤ 64 KB.
 */
import { gzipSync } from 'node:zlib';
import { cssUrls } from './html-refs.ts';
import type { SiteProblem } from './problem.ts';
import { htmlPages, pageTags, type SiteFiles } from './site-files.ts';
import { resolveRef, urlOfFile, type SiteLocation } from './site-url.ts';

export interface WeightBudget {
  /** Compressed bytes of a page's HTML and its stylesheets. */
  htmlCss: number;
  /** Compressed bytes of script loaded before the reader can interact. */
  script: number;
  /** Bytes of one web font file (already compressed: WOFF2). */
  font: number;
}

export const DEFAULT_BUDGET: WeightBudget = { htmlCss: 30 * 1024, script: 5 * 1024, font: 64 * 1024 };

export interface PageWeight {
  file: string;
  html: number;
  css: number;
  script: number;
  /** Files counted as script, site-relative (and "inline" for inline scripts). */
  scripts: string[];
  fonts: string[];
}

/** JSON data blocks are not code. */
const DATA_SCRIPT = /^(application\/(ld\+)?json|importmap|text\/plain)$/i;

export function measureWeights(site: SiteFiles, at: SiteLocation, budget: WeightBudget = DEFAULT_BUDGET): { pages: PageWeight[]; problems: SiteProblem[] } {
  const problems: SiteProblem[] = [];
  const gz = memo((file: string) => gzipSync(site.bytes(file), { level: 6 }).length);
  const fileAt = (ref: string, from: URL): string | null => {
    try {
      const t = resolveRef(ref, from, site, at);
      return t.kind === 'internal' ? t.file : null;
    } catch {
      return null;
    }
  };
  const reportedFonts = new Set<string>();

  const pages: PageWeight[] = [];
  for (const file of htmlPages(site)) {
    const here = urlOfFile(file, at);
    const tags = pageTags(site, file);
    const styles = new Set<string>();
    const scripts = new Set<string>();
    let inline = 0;
    for (const t of tags) {
      const rels = (t.attrs.rel ?? '').toLowerCase().split(/\s+/);
      if (t.name === 'link' && t.attrs.href) {
        const f = fileAt(t.attrs.href, here);
        if (f && rels.includes('stylesheet')) styles.add(f);
        if (f && rels.includes('modulepreload')) scripts.add(f);
      }
      if (t.name === 'script' && !DATA_SCRIPT.test(t.attrs.type ?? '')) {
        if (t.attrs.src) {
          const f = fileAt(t.attrs.src, here);
          if (f) scripts.add(f);
        } else if (t.text?.trim()) {
          inline += gzipSync(Buffer.from(t.text), { level: 6 }).length;
        }
      }
    }
    for (const s of [...scripts]) for (const dep of staticImports(site, s, at)) scripts.add(dep);

    const fonts = new Set<string>();
    for (const css of styles) {
      for (const url of fontUrls(site.text(css))) {
        const f = fileAt(url, urlOfFile(css, at));
        if (f) fonts.add(f);
      }
    }
    for (const f of fonts) {
      if (reportedFonts.has(f)) continue;
      reportedFonts.add(f);
      if (!f.endsWith('.woff2')) problems.push({ file: f, gate: 'weight', message: 'phông web không ở dạng WOFF2 (hãy dùng bản WOFF2 rút gọn chỉ gồm các ký tự cần dùng, hoặc phông hệ thống)' });
      const size = site.bytes(f).length;
      if (size > budget.font) problems.push({ file: f, gate: 'weight', message: `phông web nặng ${kb(size)}, vượt giới hạn ${kb(budget.font)} cho một tệp phông (hãy rút gọn phông, chỉ giữ các ký tự cần dùng)` });
    }

    const page: PageWeight = {
      file,
      html: gz(file),
      css: sum([...styles].map(gz)),
      script: inline + sum([...scripts].map(gz)),
      scripts: [...(inline ? ['inline'] : []), ...scripts],
      fonts: [...fonts],
    };
    pages.push(page);
    if (page.html + page.css > budget.htmlCss) {
      problems.push({ file, gate: 'weight', message: `HTML + CSS nặng ${kb(page.html + page.css)} sau khi nén (HTML ${kb(page.html)}, CSS ${kb(page.css)}), vượt giới hạn ${kb(budget.htmlCss)}` });
    }
    if (page.script > budget.script) {
      problems.push({ file, gate: 'weight', message: `script tải trước khi người đọc tương tác nặng ${kb(page.script)} sau khi nén (${page.scripts.map((s) => (s === 'inline' ? 'script nội tuyến' : s)).join(', ')}), vượt giới hạn ${kb(budget.script)}; phần không cần ngay hãy tải bằng import() động` });
    }
  }
  return { pages, problems };
}

/** Modules a script imports statically (`import … from "./x.js"`, `import "./x.js"`), transitively. */
function staticImports(site: SiteFiles, file: string, at: SiteLocation, seen = new Set<string>()): Set<string> {
  const code = site.text(file);
  for (const m of code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g)) {
    let target;
    try {
      target = resolveRef(m[1]!, urlOfFile(file, at), site, at);
    } catch {
      continue;
    }
    if (target.kind !== 'internal' || !target.file || seen.has(target.file)) continue;
    seen.add(target.file);
    staticImports(site, target.file, at, seen);
  }
  return seen;
}

/** URLs in the `src` of `@font-face` rules. */
function fontUrls(css: string): string[] {
  return [...css.matchAll(/@font-face\s*\{[^}]*\}/g)].flatMap((m) => cssUrls(m[0]));
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

function memo<T>(f: (k: string) => T): (k: string) => T {
  const cache = new Map<string, T>();
  return (k) => {
    if (!cache.has(k)) cache.set(k, f(k));
    return cache.get(k)!;
  };
}

/** Median of a list of numbers (0 for none). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return 0;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
