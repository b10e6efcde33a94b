/**
 * The search indexes' pages staged on disk and written afterwards (src/lib/search/staged-index.ts):
 * each bundle's Pagefind process started only once the previous one is closed (what keeps the
 * build's memory down), the pages given in the order staged, the bundle files the site does not
 * use removed, errors named; and with the real Pagefind, the pages come out as staged.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type * as Pagefind from 'pagefind';
import { IndexStage, writeStagedIndexes, type StageManifest } from '../../src/lib/search/staged-index.ts';
import { tempDir } from '../support/temp-dirs.ts';

const BUNDLES = [
  { dir: 'pagefind/', exclude: ['.a'], merged: false },
  { dir: 'pagefind/toan-van/', exclude: ['.b'], merged: false },
  { dir: 'pagefind/toan-van-2/', exclude: ['.b'], merged: true },
];

/** What Pagefind writes into a bundle's folder, besides its index. */
const BUNDLE_FILES = ['pagefind.js', 'wasm.unknown.pagefind', 'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-worker.js', 'pagefind-entry.json'];

/** A stand-in for Pagefind's Node API, one per bundle, recording what is asked of it in `events`. */
function fakePagefind(events: string[], answer: (url: string) => string[] = () => []) {
  return async (n: number): Promise<typeof Pagefind> => {
    events.push(`start ${n}`);
    const index = {
      addHTMLFile: async ({ url }: { url: string }) => {
        events.push(`add ${n} ${url}`);
        await new Promise((r) => setTimeout(r, url.length % 3));
        return { errors: answer(url), file: null };
      },
      writeFiles: async ({ outputPath }: { outputPath: string }) => {
        events.push(`write ${n}`);
        mkdirSync(outputPath, { recursive: true });
        for (const file of BUNDLE_FILES) writeFileSync(join(outputPath, file), '');
        return { errors: [], outputPath };
      },
    };
    return {
      createIndex: async (config: { excludeSelectors: string[] }) => {
        events.push(`create ${n} ${config.excludeSelectors.join(',')}`);
        return { index, errors: [] };
      },
      close: async () => {
        events.push(`close ${n}`);
      },
    } as unknown as typeof Pagefind;
  };
}

function staged(pages: [number, string, string][]): string {
  const stage = new IndexStage(join(tempDir('stage'), 'stage'), BUNDLES);
  for (const [n, url, html] of pages) stage.add(n, url, html);
  stage.close('2 trang');
  return stage.dir;
}

describe('IndexStage', () => {
  it('writes each bundle its pages in the order given, and a manifest with their counts', () => {
    const dir = staged([[1, '/b/', '<p>b\nhai dòng</p>'], [0, '/a/', '<p>a</p>'], [1, '/c/', '<p>c</p>']]);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as StageManifest;
    expect(manifest.bundles.map((b) => [b.dir, b.pages, b.merged])).toEqual([['pagefind/', 1, false], ['pagefind/toan-van/', 2, false], ['pagefind/toan-van-2/', 0, true]]);
    expect(manifest.summary).toBe('2 trang');
    const lines = readFileSync(join(dir, manifest.bundles[1]!.file), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(lines).toEqual([{ url: '/b/', html: '<p>b\nhai dòng</p>' }, { url: '/c/', html: '<p>c</p>' }]);
  });
});

describe('writeStagedIndexes', () => {
  it('starts each bundle\'s Pagefind only after the previous one is closed, and gives it its pages in order', async () => {
    const dir = staged([[0, '/a/', 'a'], [1, '/a/', 'a'], [0, '/bb/', 'b'], [2, '/bb/', 'b'], [0, '/ccc/', 'c'], [1, '/ccc/', 'c']]);
    const events: string[] = [];
    const logged: string[] = [];
    await writeStagedIndexes(dir, tempDir('site'), (m) => logged.push(m), fakePagefind(events));
    expect(events).toEqual([
      'start 0', 'create 0 .a', 'add 0 /a/', 'add 0 /bb/', 'add 0 /ccc/', 'write 0', 'close 0',
      'start 1', 'create 1 .b', 'add 1 /a/', 'add 1 /ccc/', 'write 1', 'close 1',
      'start 2', 'create 2 .b', 'add 2 /bb/', 'write 2', 'close 2',
    ]);
    expect(logged[0]).toBe('Pagefind: đã lập chỉ mục 2 trang');
    expect(logged[1]).toMatch(/^Pagefind: lập lần lượt 3 gói chỉ mục \(xong sau pagefind\/ [\d.]+ s, pagefind\/toan-van\/ [\d.]+ s, pagefind\/toan-van-2\/ [\d.]+ s\)$/);
  });

  it('keeps of Pagefind\'s files only those the search page uses: script and WebAssembly in the bundles the browser loads', async () => {
    const root = tempDir('site');
    await writeStagedIndexes(staged([[0, '/a/', 'a']]), root, () => {}, fakePagefind([]));
    expect(readdirSync(join(root, 'pagefind')).filter((f) => f !== 'toan-van' && f !== 'toan-van-2').sort()).toEqual(['pagefind-entry.json', 'pagefind.js', 'wasm.unknown.pagefind']);
    expect(readdirSync(join(root, 'pagefind/toan-van')).sort()).toEqual(['pagefind-entry.json', 'pagefind.js', 'wasm.unknown.pagefind']);
    expect(readdirSync(join(root, 'pagefind/toan-van-2')).sort()).toEqual(['pagefind-entry.json']);
  });

  it('fails naming the pages Pagefind reported, and still closes its process', async () => {
    const events: string[] = [];
    const dir = staged([[0, '/a/', 'a'], [0, '/hong/', 'x']]);
    const root = tempDir('site');
    await expect(writeStagedIndexes(dir, root, () => {}, fakePagefind(events, (url) => (url === '/hong/' ? ['không đọc được'] : []))))
      .rejects.toThrow('/hong/: không đọc được');
    expect(events.slice(-1)).toEqual(['close 0']);
    expect(events).not.toContain('write 0');
    expect(existsSync(join(root, 'pagefind'))).toBe(false);
  });

  it('with Pagefind itself: every staged page is in the written index, as staged', async () => {
    const root = tempDir('site');
    const page = (title: string, text: string) => `<html lang="vi"><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p><p class="a">bỏ qua</p></main></body></html>`;
    const dir = staged([[0, '/mot/', page('Một', 'Tỉnh Ḍiện Biên\ncó hai dòng')], [0, '/hai/', page('Hai', 'chuyển ḍổi số')]]);
    await writeStagedIndexes(dir, root, () => {});
    const entry = JSON.parse(readFileSync(join(root, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages.vi?.page_count).toBe(2);
    const fragments = readdirSync(join(root, 'pagefind/fragment')).map((f) => JSON.parse(gunzipSync(readFileSync(join(root, 'pagefind/fragment', f))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; content: string });
    expect(fragments.map((f) => f.url).sort()).toEqual(['/hai/', '/mot/']);
    const mot = fragments.find((f) => f.url === '/mot/')!;
    expect(mot.content).toContain('Tỉnh Ḍiện Biên có hai dòng');
    // The bundle's own exclude selectors are applied.
    expect(mot.content).not.toContain('bỏ qua');
  }, 60_000);
});
