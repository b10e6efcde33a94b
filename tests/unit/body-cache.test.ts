/**
 * The cache of processed bodies (src/lib/content/body-cache.ts): a body read from it gives exactly
 * what processing it gives; statuses are worked out again for each "as of" date and the body is
 * rendered again when they or the feedback settings change; a changed body, file, line or code is
 * another entry; an entry that cannot be read is processed again.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processBody, type BodyContext, type BodyJob } from '../../src/lib/content/body.ts';
import { cachedProcessAll, processBodiesAll } from '../../src/lib/content/body-parallel.ts';
import { codeFingerprint, entryKey, openBodyCache, readEntry, writeEntry, type BodyCacheSpec } from '../../src/lib/content/body-cache.ts';
import { ROOT } from '../support/paths.ts';

const temp = mkdtempSync(join(tmpdir(), 'lp-body-cache-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
let caches = 0;
const newCache = (): BodyCacheSpec => ({ dir: join(temp, `cache-${caches++}`) });

const SEED = readFileSync(join(ROOT, 'content/van-ban/dien-bien/08-ct-tu-2026.md'), 'utf8');
const TABLE = SEED.split('\n').filter((l) => l.startsWith('|'));
/** A numbered part (it gets a feedback link), a link, raw HTML, the seed's task table header and its row 3, due "trước ngày 31/5/2026". */
const BODY = ['1\\. Mở đầu [xem](#muc-1) <b>x</b>', '', ...TABLE.slice(0, 2), TABLE.find((l) => l.startsWith('| 3. |'))!].join('\n');

const context = (asOf: string, form = 'https://example.gov.vn/phan-anh?so_hieu={so_hieu}&muc={muc}'): BodyContext => ({
  asOf,
  feedback: { config: { forms: [{ name: 'Biểu mẫu', url: form }] } as BodyContext['feedback']['config'], site: { url: 'https://example.gov.vn', base: '/' } },
});

const job = (body: string, more: Partial<BodyJob> = {}): BodyJob => ({
  body,
  file: 'content/van-ban/x/08.md',
  bodyLine: 12,
  render: true,
  year: 2026,
  issued: '2026-01-15',
  progress: new Map(),
  feedback: { data: { number: '08-CT/TU' }, displayTitle: 'Chỉ thị số 08', url: '/van-ban/x/2026/08-ct-tu/' },
  ...more,
});

/** Replaces the entry's HTML with a mark, so a result that shows it came from the cache. */
function markEntry(cache: BodyCacheSpec, j: BodyJob): void {
  const entry = readEntry(cache, entryKey(j))!;
  writeEntry(cache, entryKey(j), { ...entry, rendered: { ...entry.rendered, mainHtml: '<p>TỪ BỘ NHỚ ĐỆM</p>' } });
}

describe('processBody with the cache', () => {
  it('gives what processing gives, and reads an unchanged body from the cache', () => {
    const cache = newCache();
    const j = job(BODY);
    const plain = processBody(j, context('2026-11-23'));
    expect(plain.problems.some((p) => /HTML thô/.test(p.message))).toBe(true);
    expect(plain.tasks).toHaveLength(1);
    expect(processBody(j, context('2026-11-23'), cache)).toEqual(plain);
    expect(processBody(j, context('2026-11-23'), cache)).toEqual(plain);
    markEntry(cache, j);
    expect(processBody(j, context('2026-11-23'), cache).rendered.mainHtml).toBe('<p>TỪ BỘ NHỚ ĐỆM</p>');
  });

  it('works statuses out for each "as of" date, and renders again only when a badge changes', () => {
    const cache = newCache();
    const j = job(BODY);
    processBody(j, context('2026-04-01'), cache);
    markEntry(cache, j);
    // The next day the row is still not due: same badge, the cached HTML stands.
    const nextDay = processBody(j, context('2026-04-02'), cache);
    expect(nextDay.tasks[0]!.status.status).toBe(processBody(j, context('2026-04-01')).tasks[0]!.status.status);
    expect(nextDay.rendered.mainHtml).toBe('<p>TỪ BỘ NHỚ ĐỆM</p>');
    // Past 31/5/2026 it is overdue: statuses and HTML as processing gives them.
    const later = processBody(j, context('2026-11-23'), cache);
    const expected = processBody(j, context('2026-11-23'));
    expect(later.tasks[0]!.status.status).not.toBe(nextDay.tasks[0]!.status.status);
    expect(later).toEqual(expected);
    // A progress record marking it done is applied too.
    const done = job(BODY, { progress: new Map([['3', { ref: '3', done: '2026-05-20' }]]) });
    expect(processBody(done, context('2026-11-23'), cache)).toEqual(processBody(done, context('2026-11-23')));
  });

  it('renders again when the feedback settings change', () => {
    const cache = newCache();
    const j = job(BODY);
    expect(processBody(j, context('2026-11-23'), cache).rendered.mainHtml).toContain('https://example.gov.vn/phan-anh');
    markEntry(cache, j);
    const other = context('2026-11-23', 'https://khac.gov.vn/gop-y?so={so_hieu}&muc={muc}');
    const result = processBody(j, other, cache);
    expect(result).toEqual(processBody(j, other));
    expect(result.rendered.mainHtml).toContain('https://khac.gov.vn/gop-y');
  });

  it('renders again when the site’s base path changes, giving links from the site root the base', () => {
    const cache = newCache();
    const j = job('1\\. Xem [mục 4.3](/van-ban/x/2026/08-ct-tu/#muc-4-3).');
    expect(processBody(j, context('2026-11-23'), cache).rendered.mainHtml).toContain('href="/van-ban/x/2026/08-ct-tu/#muc-4-3"');
    markEntry(cache, j);
    const sub = context('2026-11-23');
    sub.feedback.site = { ...sub.feedback.site, base: '/phapluat/' };
    const result = processBody(j, sub, cache);
    expect(result).toEqual(processBody(j, sub));
    expect(result.rendered.mainHtml).toContain('href="/phapluat/van-ban/x/2026/08-ct-tu/#muc-4-3"');
    // The link the check reads is the one written.
    expect(result.links.map((l) => l.url)).toEqual(['/van-ban/x/2026/08-ct-tu/#muc-4-3']);
  });

  it('keys an entry by the body, its file and line, its dates and whether it is rendered', () => {
    const j = job(BODY);
    expect(entryKey(j)).toBe(entryKey(job(BODY)));
    for (const changed of [{ body: `${BODY} ` }, { file: 'content/van-ban/x/09.md' }, { bodyLine: 13 }, { year: 2025 }, { issued: '2026-01-16' }, { render: false }]) {
      expect(entryKey({ ...j, ...changed })).not.toBe(entryKey(j));
    }
    // A changed line moves the problems' lines: the entry of the old line is not used.
    const cache = newCache();
    processBody(j, context('2026-11-23'), cache);
    expect(processBody({ ...j, bodyLine: 20 }, context('2026-11-23'), cache).problems[0]!.line).toBe(20);
  });

  it('processes a body again when its entry cannot be read', () => {
    const cache = newCache();
    const j = job(BODY);
    processBody(j, context('2026-11-23'), cache);
    const dir = join(cache.dir, entryKey(j).slice(0, 2));
    writeFileSync(join(dir, readdirSync(dir)[0]!), '{"rows": [');
    expect(readEntry(cache, entryKey(j))).toBeNull();
    expect(processBody(j, context('2026-11-23'), cache)).toEqual(processBody(j, context('2026-11-23')));
    expect(readEntry(cache, entryKey(j))).not.toBeNull();
  });

  it('keeps the unsafe-content problems of a body the corpus rejects', () => {
    const cache = newCache();
    const j = job('Văn bản <img src="x.png">', { render: false });
    processBody(j, context('2026-11-23'), cache);
    const again = processBody(j, context('2026-11-23'), cache);
    expect(again.problems.map((p) => [p.line, p.field])).toEqual([[12, 'nội dung']]);
    expect(again.problems).toEqual(processBody(j, context('2026-11-23')).problems);
    expect(again.rendered.mainHtml).toBe('');
  });
});

describe('the code fingerprint and the cache folders', () => {
  it('changes when a file of src/lib/ or the installed packages change', () => {
    const root = join(temp, 'project');
    mkdirSync(join(root, 'src/lib/tasks'), { recursive: true });
    writeFileSync(join(root, 'src/lib/tasks/deadline.ts'), 'export const a = 1;\n');
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion": 3}');
    const first = codeFingerprint(root);
    expect(codeFingerprint(root)).toBe(first);
    writeFileSync(join(root, 'src/lib/tasks/deadline.ts'), 'export const a = 2;\n');
    const edited = codeFingerprint(root);
    expect(edited).not.toBe(first);
    writeFileSync(join(root, 'src/lib/tasks/status.ts'), '');
    const added = codeFingerprint(root);
    expect(added).not.toBe(edited);
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion": 3, "packages": {}}');
    expect(codeFingerprint(root)).not.toBe(added);
  });

  it('removes the entries of other versions of the code and keeps its own', () => {
    const root = join(temp, 'folders');
    const old = openBodyCache(root, 'a'.repeat(64))!;
    const current = openBodyCache(root, 'b'.repeat(64))!;
    for (const cache of [old, current]) processBody(job(BODY), context('2026-11-23'), cache);
    expect(readdirSync(root).sort()).toEqual(['a'.repeat(16), 'b'.repeat(16)]);
    const reopened = openBodyCache(root, 'b'.repeat(64))!;
    expect(readdirSync(root)).toEqual(['b'.repeat(16)]);
    expect(readEntry(reopened, entryKey(job(BODY)))).not.toBeNull();
  });

  it('cannot be written (PORTAL_CACHE_DIR names a file): the bodies are processed without it, and a warning says so', () => {
    const file = join(temp, 'not-a-folder');
    writeFileSync(file, 'x');
    const warnings: string[] = [];
    expect(openBodyCache(join(file, 'body'), 'c'.repeat(64), (m) => warnings.push(m))).toBeNull();
    expect(warnings).toEqual([`không dùng được bộ nhớ đệm ${join(file, 'body')} (ENOTDIR)`]);
    const processAll = cachedProcessAll(ROOT, { PORTAL_CACHE_DIR: file }, (m) => warnings.push(m));
    expect(warnings[1]).toBe(`Cảnh báo: không dùng được bộ nhớ đệm ${join(file, 'body')} (ENOTDIR); mọi văn bản được xử lý từ đầu và không được lưu cho lần sau.`);
    const j = job(BODY);
    expect(processAll([j], context('2026-11-23'))).toEqual([processBody(j, context('2026-11-23'))]);
  });
});

describe('processBodiesAll with the cache', () => {
  it('writes an entry per body from every thread, and reads them back on the next run', { timeout: 60_000 }, () => {
    const cache = newCache();
    const jobs = Array.from({ length: 420 }, (_, i) => job(`${i}\\. Mục ${i}\n\n${BODY}`, { file: `content/van-ban/x/${i}.md` }));
    const plain = jobs.map((j) => processBody(j, context('2026-11-23')));
    expect(processBodiesAll(jobs, context('2026-11-23'), { threads: 2, cache })).toEqual(plain);
    const entries = readdirSync(cache.dir).flatMap((d) => readdirSync(join(cache.dir, d)));
    expect(entries).toHaveLength(jobs.length);
    for (const i of [0, 419]) markEntry(cache, jobs[i]!);
    const again = processBodiesAll(jobs, context('2026-11-23'), { threads: 2, cache });
    expect(again[0]!.rendered.mainHtml).toBe('<p>TỪ BỘ NHỚ ĐỆM</p>');
    expect(again[419]!.rendered.mainHtml).toBe('<p>TỪ BỘ NHỚ ĐỆM</p>');
    expect(again.slice(1, 419)).toEqual(plain.slice(1, 419));
  });
});
