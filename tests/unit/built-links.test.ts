/**
 * The build's check of the links the content check leaves to it (src/lib/content/built-links.ts):
 * each is looked up in the site just built, and a broken one is named at the file and line where it
 * was written, with what the nearest folder has.
 */
import { describe, it, expect } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkBuiltLinks } from '../../src/lib/content/built-links.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { tempDir } from '../support/temp-dirs.ts';

/** A built site with these files (path from its root → content). */
function site(files: Record<string, string>): string {
  const dir = tempDir('built-links');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const SITE = {
  'index.html': '<h1>Cổng</h1>',
  'tim-kiem/index.html': '<form id="tim"></form>',
  'nhiem-vu/index.html': '<h1 id="so-theo-doi">Sổ</h1>',
  'nhiem-vu/co-quan/so-tu-phap/index.html': '<p>Sở Tư pháp</p>',
  'nhiem-vu/co-quan/so-noi-vu/index.html': '<p>Sở Nội vụ</p>',
  'nhiem-vu/co-quan/index.html': '<p>Các cơ quan</p>',
  'api/tasks.csv': 'a,b',
};

function check(dir: string, ...urls: string[]): string[] {
  return checkBuiltLinks(dir, urls.map((url, i) => ({ file: 'content/hoi-dap/x.md', line: 10 + i, url }))).map(formatProblem);
}

describe('checkBuiltLinks', () => {
  it('accepts pages and files the site has, with or without the trailing slash, a query, or a part it has', () => {
    const dir = site(SITE);
    expect(check(dir, '/nhiem-vu/', '/nhiem-vu', '/nhiem-vu/co-quan/so-tu-phap/', '/tim-kiem/?q=dien%20bien', '/api/tasks.csv', '/nhiem-vu/#so-theo-doi', '/')).toEqual([]);
  });

  it('names the file and line of a page the site lacks, and the pages of the nearest folder it has', () => {
    const dir = site(SITE);
    expect(check(dir, '/nhiem-vu/', '/nhiem-vu/co-quan/so-tai-chinh/')).toEqual([
      'content/hoi-dap/x.md:11: liên kết: không có trang hay tệp nào ở "/nhiem-vu/co-quan/so-tai-chinh/" trong trang vừa xây dựng; ở "/nhiem-vu/co-quan/" có: /nhiem-vu/co-quan/so-noi-vu/, /nhiem-vu/co-quan/so-tu-phap/',
    ]);
    // /api/ is a folder with no page of its own: not named.
    expect(check(dir, '/gop-y/')).toEqual([
      'content/hoi-dap/x.md:10: liên kết: không có trang hay tệp nào ở "/gop-y/" trong trang vừa xây dựng; ở "/" có: /nhiem-vu/, /tim-kiem/',
    ]);
  });

  it('looks for the nearest folder above a path that runs through a file', () => {
    expect(check(site(SITE), '/api/tasks.csv/x/')).toEqual([
      'content/hoi-dap/x.md:10: liên kết: không có trang hay tệp nào ở "/api/tasks.csv/x/" trong trang vừa xây dựng; ở "/api/" có: /api/tasks.csv',
    ]);
  });

  it('names a part the page does not have', () => {
    expect(check(site(SITE), '/nhiem-vu/#so-khac', '/tim-kiem/#tim')).toEqual([
      'content/hoi-dap/x.md:10: liên kết: trang "/nhiem-vu/" không có mục nào có id "so-khac" (liên kết "#so-khac")',
    ]);
  });

  it('does not leave the site', () => {
    const dir = site(SITE);
    writeFileSync(join(dirname(dir), 'ngoai.html'), 'x');
    expect(check(dir, `/../${dir.split('/').pop()}/../ngoai.html`)).toHaveLength(1);
  });
});
