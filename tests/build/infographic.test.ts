/**
 * Infographics as built from the bundled content: a gallery and a page for each hand-written one;
 * the charts generated from a document's task table on the document page instead of a page of
 * their own (one is built, unlinked, only while the search index still points at it). Every drawing is an accessible image whose <title> and <desc> are the heading and
 * summary shown with it and whose every line of text is in the text alternative under it; every
 * SVG file says the same; every PNG is a valid PNG 1080 px wide; document pages list the
 * hand-written infographics that cite them.
 */
import { describe, it, expect, inject } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPage, squash, visibleText } from '../support/html.ts';
import { ROOT, TEST_AS_OF } from '../support/paths.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { searchRecords } from '../../src/lib/search/index-records.ts';

const siteDir = inject('siteDir');
const dir = join(siteDir, 'infographic');
const slugs = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : [];
const DB = '/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/';
const TN = '/van-ban/ban-thuong-vu-tinh-uy-thai-nguyen/khong-ghi-ngay/chi-thi-xay-dung-va-thi-hanh-phap-luat/';
/** The charts generated from the seed documents' task tables, and the page each is on. */
const CHARTS: [string, string][] = [
  ['thoi-han-dien-bien--08-ct-tu-2026', DB],
  ['co-quan-chu-tri-dien-bien--08-ct-tu-2026', DB],
  ['thoi-han-thai-nguyen--chi-thi-xay-dung-va-thi-hanh-phap-luat', TN],
  ['co-quan-chu-tri-thai-nguyen--chi-thi-xay-dung-va-thi-hanh-phap-luat', TN],
];
/** One generated chart's section on its document page. */
const chartSection = (slug: string, path: string) =>
  find(readPage(siteDir, path), new RegExp(`<section id="${slug}"[^>]*data-document-chart="${slug}"[^>]*>([\\s\\S]*?)<ul class="lp-actions">([\\s\\S]*?)</ul>`), `the chart ${slug} on ${path}`);

const text = (html: string) => squash(visibleText(html));
/** The first match of `re` in `html`, or a failure naming what was looked for. */
function find(html: string, re: RegExp, what: string): RegExpExecArray {
  const m = re.exec(html);
  if (!m) throw new Error(`không thấy ${what}`);
  return m;
}
/** Title, description and the text of each line of a drawing. */
function readSvg(svg: string) {
  const labelled = find(svg, /^<svg [^>]*role="img" aria-labelledby="([^"]+) ([^"]+)"/, 'role="img" aria-labelledby');
  const title = find(svg, new RegExp(`<title id="${labelled[1]}">([^<]*)</title>`), '<title> named by aria-labelledby');
  const desc = find(svg, new RegExp(`<desc id="${labelled[2]}">([^<]*)</desc>`), '<desc> named by aria-labelledby');
  const lines = [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => text(m[1]!));
  return { title: text(title[1]!), desc: text(desc[1]!), lines };
}

describe('infographic pages', () => {
  it('are built for the hand-written infographics only, all in the gallery', () => {
    const gallery = readPage(siteDir, '/infographic/');
    const written = find(gallery, /data-infographic-gallery="bien-soan"[^>]*>([\s\S]*?)<\/ul>/, 'the hand-written group')[1]!;
    const linked = (html: string) => [...html.matchAll(/href="\/infographic\/([^"/]+)\/"/g)].map((m) => m[1]!);
    expect(linked(written).length).toBeGreaterThanOrEqual(3);
    const generated = new Set(CHARTS.map(([slug]) => slug));
    expect(linked(gallery).sort()).toEqual(slugs.filter((s) => !generated.has(s)));
    expect(linked(gallery).length).toBeGreaterThanOrEqual(3);
    // The generated charts are not in the gallery; their files stay, and the gallery says where they are.
    for (const [slug] of CHARTS) {
      expect(existsSync(join(dir, `${slug}.svg`)), slug).toBe(true);
      expect(existsSync(join(dir, `${slug}.png`)), slug).toBe(true);
    }
    expect(text(find(gallery, /data-infographic-generated-note[^>]*>([\s\S]*?)<\/section>/, 'the note on generated charts')[1]!)).toContain('ở ngay trên trang của văn bản');
  });

  it.each(slugs)('%s: the drawing has a title and description, and its text is all in the text alternative', (slug) => {
    const page = readPage(siteDir, `/infographic/${slug}/`);
    const drawing = find(page, /data-infographic-drawing[^>]*>\s*(<svg[\s\S]*?<\/svg>)/, 'the inline drawing')[1]!;
    const svg = readSvg(drawing);
    expect(svg.title).toBe(text(find(page, /<h1[^>]*>([\s\S]*?)<\/h1>/, 'h1')[1]!));
    expect(svg.desc).toBe(text(find(page, /data-infographic-summary[^>]*>([\s\S]*?)<\/p>/, 'the summary')[1]!));
    // Up to the downloads: the alternative holds sections of its own (scrollable tables).
    const alt = text(find(page, /data-infographic-alt[^>]*>([\s\S]*?)<section aria-labelledby="tai-ve"/, 'the text alternative')[1]!);
    // The title is the page's h1 just above, and a step's number is its list item's own
    // numbering; everything else drawn is in the alternative.
    const body = svg.lines.filter((l) => !svg.title.includes(l) && !/^\d+$/.test(l));
    expect(body.length).toBeGreaterThan(3);
    for (const line of body) expect(alt, line).toContain(line);
  });

  it.each(slugs)('%s: the SVG file is the same drawing', (slug) => {
    const page = readPage(siteDir, `/infographic/${slug}/`);
    const inline = find(page, /data-infographic-drawing[^>]*>\s*(<svg[\s\S]*?<\/svg>)/, 'the inline drawing')[1]!;
    const file = readFileSync(join(dir, `${slug}.svg`), 'utf8');
    expect(file.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(readSvg(file.slice(file.indexOf('<svg')))).toEqual(readSvg(inline));
    expect(page).toContain(`href="/infographic/${slug}.svg"`);
    expect(page).toContain(`href="/infographic/${slug}.png"`);
  });

  it.each([...slugs, ...CHARTS.map(([slug]) => slug)])('%s: the PNG is a valid PNG 1080 px wide', (slug) => {
    const png = readFileSync(join(dir, `${slug}.png`));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(1080);
    const svg = readFileSync(join(dir, `${slug}.svg`), 'utf8');
    const [, w, h] = find(svg, /viewBox="0 0 (\d+) (\d+)"/, 'viewBox');
    expect(png.readUInt32BE(20)).toBe(Math.round((Number(h) * 1080) / Number(w)));
  });

  it.each(slugs)('%s: the page gives the PNG’s real size', (slug) => {
    const page = readPage(siteDir, `/infographic/${slug}/`);
    const size = Math.max(1, Math.round(readFileSync(join(dir, `${slug}.png`)).length / 1024));
    expect(text(page)).toContain(`Ảnh PNG, rộng 1080 px (${size} KB)`);
  });

  it('every PNG of the site (infographics, sharing cards) was rendered into this build’s own cache, emptied before it', () => {
    const pngs = (root: string) =>
      readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.png')).map((e) => join(e.parentPath, e.name));
    const hashes = (files: string[]) => files.map((f) => createHash('sha256').update(readFileSync(f)).digest('hex')).sort();
    const site = [...pngs(dir), ...pngs(join(siteDir, 'og'))];
    // tests/support/site.ts: the test site's cache is <site>.cache, emptied before the build.
    const cached = pngs(join(`${siteDir}.cache`, 'png'));
    // Hand-written infographics (with pages), generated charts, the portal's card and two documents' cards.
    expect(site.length).toBe(slugs.length + CHARTS.length + 3);
    expect(hashes(cached)).toEqual(hashes(site));
  });

  it('link the parts of the documents they cite', () => {
    const page = readPage(siteDir, '/infographic/thoi-han-chi-thi-thai-nguyen/');
    const sources = find(page, /data-infographic-sources[^>]*>([\s\S]*?)<\/ul>/, 'the sources')[1]!;
    expect(sources).toContain('href="/van-ban/ban-thuong-vu-tinh-uy-thai-nguyen/khong-ghi-ngay/chi-thi-xay-dung-va-thi-hanh-phap-luat/#nhiem-vu-1"');
    expect(text(sources)).toContain('Chỉ thị của Ban Thường vụ Tỉnh ủy Thái Nguyên, mục (1)');
  });
});

describe('document pages', () => {
  it('list the hand-written infographics that cite the document', () => {
    const links = (path: string) => {
      const section = find(readPage(siteDir, path), /data-document-infographics[^>]*>([\s\S]*?)<section id=/, `the infographic list of ${path}`)[1]!;
      return [...section.matchAll(/href="\/infographic\/([^"/]+)\/"/g)].map((m) => m[1]!);
    };
    const db = links(DB);
    expect(db).toEqual(expect.arrayContaining(['chi-thi-08-ct-tu-trong-mot-trang', 'ai-lam-gi-phu-luc-chi-thi-08']));
    expect(db).not.toContain('thoi-han-chi-thi-thai-nguyen');
    const tn = links(TN);
    expect(tn).toContain('thoi-han-chi-thi-thai-nguyen');
    expect(tn).not.toContain('chi-thi-08-ct-tu-trong-mot-trang');
    // No page links to a generated chart's former page.
    for (const path of [DB, TN, '/infographic/']) for (const [slug] of CHARTS) expect(readPage(siteDir, path)).not.toContain(`href="/infographic/${slug}/"`);
  });

  it('have no page and no search record for a generated chart: the document page holds it', () => {
    const { corpus } = loadContent(join(ROOT, 'content'), ROOT, { PORTAL_AS_OF: TEST_AS_OF });
    const indexed = new Set(searchRecords(corpus!).map((r) => r.path));
    for (const [slug] of CHARTS) {
      expect({ slug, page: slugs.includes(slug), record: indexed.has(`/infographic/${slug}/`) }).toEqual({ slug, page: false, record: false });
      expect(existsSync(join(dir, `${slug}.svg`)) && existsSync(join(dir, `${slug}.png`))).toBe(true);
    }
  });

  it.each(CHARTS)('%s: shown on %s as its SVG file, with a title, a description, its text alternative and both downloads', (slug, path) => {
    const [, body, downloads] = chartSection(slug, path);
    const file = readFileSync(join(dir, `${slug}.svg`), 'utf8');
    const svg = readSvg(file.slice(file.indexOf('<svg')));
    const [, width, height] = find(file, /viewBox="0 0 (\d+) (\d+)"/, 'viewBox');
    const img = find(body!, /<img class="lp-doc-chart__drawing" src="([^"]+)" alt="([^"]+)" width="(\d+)" height="(\d+)"/, 'the drawing');
    expect(img.slice(1)).toEqual([`/infographic/${slug}.svg`, svg.title, width, height]);
    expect(svg.title).toBe(text(find(body!, /<h3[^>]*>([\s\S]*?)<\/h3>/, 'h3')[1]!));
    expect(svg.desc).toBe(text(find(body!, /data-chart-summary[^>]*>([\s\S]*?)<\/p>/, 'the summary')[1]!));
    const alt = text(find(body!, /data-chart-alt[^>]*>([\s\S]*)<\/details>/, 'the text alternative')[1]!);
    const lines = svg.lines.filter((l) => !svg.title.includes(l) && !/^\d+$/.test(l));
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(alt, line).toContain(line);
    // A label starts with a capital, as a table cell may not ("các tổ chức chính trị - xã hội tỉnh").
    expect(lines.filter((l) => /^\p{Ll}/u.test(l)).filter((l) => !lines.some((x) => x !== l && alt.includes(`${x} ${l}`))), slug).toEqual([]);
    expect(downloads).toContain(`href="/infographic/${slug}.png"`);
    expect(downloads).toContain(`href="/infographic/${slug}.svg"`);
  });
});
