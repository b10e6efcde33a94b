/**
 * The real build command on broken content: it stops with a non-zero exit, names the file and
 * field, and leaves the previously published dist/ exactly as it was.
 */
import { describe, it, expect } from 'vitest';
import { mkdirSync, writeFileSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildSite, freshCacheDir } from '../support/site.ts';
import { ROOT, TEST_AS_OF } from '../support/paths.ts';
import { makeContent, reported, SEED_001, IMPLEMENTING_DOC } from '../support/content-fixture.ts';
import { tempDir } from '../support/temp-dirs.ts';
import { readPage, visibleText } from '../support/html.ts';

/**
 * Content errors stop the build before Astro starts, in seconds: a build still running long after
 * that is stopped and its output shown (one such test once ran into the test timeout in CI).
 */
const CHECK_FAILS_WITHIN = 100_000;

function previousDist(): string {
  const dist = join(tempDir('dist'), 'dist');
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<p>bản đã xuất bản trước</p>');
  return dist;
}

describe('a build with bad input', () => {
  const cases = [
    { name: 'impossible date', change: { file: SEED_001, replace: 'issued: "2026-02-23"', with: 'issued: "2026-02-31"' }, expected: ':6: issued: ngày "2026-02-31" không tồn tại trong lịch' },
    { name: 'unknown type', change: { file: SEED_001, replace: 'type: chi-thi', with: 'type: chi-thi-moi' }, expected: ':3: type: loại văn bản "chi-thi-moi" không có trong content/danh-muc.yaml' },
    { name: 'unknown issuer', change: { file: SEED_001, replace: 'issuer: ban-thuong-vu-tinh-uy-dien-bien', with: 'issuer: khong-co' }, expected: ':5: issuer: không có cơ quan ban hành "khong-co"' },
    // It used to fail at the very end, in the PNG step, with a stack trace naming no file.
    { name: 'undrawable character (no glyph in the PNG font)', change: { file: SEED_001, replace: 'title: "về đổi mới', with: 'title: "⇒ về đổi mới' }, expected: ':4: title: ký tự "⇒" (U+21D2) không có trong phông Noto Sans' },
  ];

  for (const c of cases) {
    it(`stops on an ${c.name}, naming file and field, and keeps the previous dist/`, async () => {
      const content = makeContent([c.change]);
      const dist = previousDist();
      const result = await buildSite({ contentDir: content, outDir: dist, timeoutMs: CHECK_FAILS_WITHIN });
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain(`${reported(content, SEED_001)}${c.expected}`);
      expect(result.stderr).toContain('dist/ trước đó được giữ nguyên');
      expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('<p>bản đã xuất bản trước</p>');
      expect(existsSync(`${dist}.partial`)).toBe(false);
    });
  }

  // The content check leaves links to pages the register makes to the build, which looks them up in
  // what it has just built before it replaces dist/.
  it('stops on a link to a register page the site does not have, naming file and line, and keeps the previous dist/', async () => {
    const sentence = '2.4. Khắc phục tình trạng chậm ban hành các văn bản quy phạm pháp luật.';
    const content = makeContent([{ file: SEED_001, replace: sentence, with: `${sentence} Xem [nhiệm vụ của Sở Tư pháp](/nhiem-vu/co-quan/so-tu-phap/).` }]);
    const dist = previousDist();
    const result = await buildSite({ contentDir: content, outDir: dist });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(`${reported(content, SEED_001)}:61: liên kết: không có trang hay tệp nào ở "/nhiem-vu/co-quan/so-tu-phap/" trong trang vừa xây dựng; ở "/nhiem-vu/co-quan/" có: /nhiem-vu/co-quan/ban-noi-chinh-tinh-uy-dien-bien/, `);
    expect(result.stderr).toContain('dist/ trước đó được giữ nguyên');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('<p>bản đã xuất bản trước</p>');
    expect(existsSync(`${dist}.partial`)).toBe(false);
    // Astro had built the site and staged the search index's pages (scripts/build.ts).
    expect(existsSync(`${dist}.search`)).toBe(false);
  });

  it('stops on a duplicate identity', async () => {
    const content = makeContent([{ file: 'van-ban/dien-bien/ban-sao.md', write: readFileSync(join(makeContent(), SEED_001), 'utf8') }]);
    const result = await buildSite({ contentDir: content, outDir: previousDist(), timeoutMs: CHECK_FAILS_WITHIN });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(`${reported(content, 'van-ban/dien-bien/ban-sao.md')}:2: number: trùng văn bản với ${reported(content, SEED_001)}`);
  });
});

describe('a build with a document that implements 08-CT/TU', () => {
  it('replaces dist/ and shows the relation on both pages', async () => {
    const content = makeContent([{ file: 'van-ban/dien-bien/15-kh-tu-2026.md', write: IMPLEMENTING_DOC }]);
    const dist = previousDist();
    const result = await buildSite({ contentDir: content, outDir: dist });
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).not.toContain('bản đã xuất bản trước');
    const cited = readPage(dist, '/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/');
    const incoming = cited.slice(cited.indexOf('data-relations="in"'));
    expect(incoming).toContain('href="/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/15-kh-tu/#muc-1"');
    expect(visibleText(incoming)).toContain('Được thực hiện, cụ thể hóa bởi:');
    const citing = readPage(dist, '/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/15-kh-tu/');
    expect(citing.slice(citing.indexOf('data-relations="out"'))).toContain('href="/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/"');
  });
});

/** The processes whose parent is `pid` (Linux: /proc). */
function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (name) state ppid …": the name may hold spaces and parentheses.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) out.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/** Running: neither gone nor a zombie waiting to be reaped. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

describe('a build that is killed', () => {
  // SIGKILL cannot be passed on: scripts/build.ts runs Astro in a process of its own
  // (scripts/build-site.ts), which must stop when the build is gone rather than go on building.
  it('stops its Astro step too, which then builds nothing', async () => {
    const dist = join(tempDir('dist'), 'dist');
    const build = spawn(process.execPath, [join(ROOT, 'scripts/build.ts')], {
      cwd: ROOT,
      stdio: 'ignore',
      env: { ...process.env, PORTAL_AS_OF: TEST_AS_OF, PORTAL_DIST: dist, PORTAL_CACHE_DIR: freshCacheDir(dist) },
    });
    let step: number | undefined;
    while (step === undefined) {
      await new Promise((r) => setTimeout(r, 20));
      step = childrenOf(build.pid!)[0];
    }
    build.kill('SIGKILL');
    while (alive(step)) await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(join(`${dist}.partial`, 'index.html'))).toBe(false);
    expect(existsSync(dist)).toBe(false);
  });
});
