/**
 * The build's caches (processed bodies, PNGs) only save work: a build whose cache folder cannot be
 * written still publishes the whole site, and says what it could not use.
 */
import { describe, it, expect, inject } from 'vitest';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { buildSite } from '../support/site.ts';
import { tempDir } from '../support/temp-dirs.ts';

describe('a build whose cache folder cannot be written', () => {
  it('publishes every page and image, warning about the cache by name', async () => {
    const dir = tempDir('cache');
    // PORTAL_CACHE_DIR names a file: nothing can be made under it (as with a read-only node_modules, also for root).
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, 'x');
    const out = join(dir, 'dist');
    const result = await buildSite({ outDir: out, env: { PORTAL_CACHE_DIR: file } });
    const log = stripVTControlCharacters(`${result.stdout}${result.stderr}`);
    expect(result.code, log).toBe(0);
    expect(log).toContain(`Cảnh báo: không dùng được bộ nhớ đệm ${join(file, 'body')} (ENOTDIR); mọi văn bản được xử lý từ đầu`);
    const png = /không dùng được bộ nhớ đệm (\S+) \(ENOTDIR\); ảnh PNG được vẽ vào thư mục tạm (\S+) và/.exec(log);
    expect(png?.[1]).toBe(join(file, 'png'));
    // The images were drawn into the temporary folder, copied into the site, and the folder removed.
    expect(existsSync(png![2]!)).toBe(false);
    // The same images as the bundled build with a working cache.
    const pngs = (site: string) => readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.png')).sort();
    const images = pngs(out);
    expect(images).toEqual(pngs(inject('siteDir')));
    expect(images.length).toBeGreaterThan(5);
    for (const image of images) expect(statSync(join(out, image)).size).toBeGreaterThan(1000);
    expect(existsSync(join(out, 'van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/index.html'))).toBe(true);
  });
});
