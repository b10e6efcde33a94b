/**
 * Characters the bundled font cannot draw are named where they are written, by `npm run check`
 * and before the build starts: the PNG renderer has no fallback font, and used to fail at the
 * end of the build with a stack trace that named no file.
 */
import { describe, it, expect } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { undrawable } from '../../src/lib/content/drawable.ts';
import { fontMetrics } from '../../src/lib/infographic/font.ts';
import { sitePngs } from '../../src/lib/png/jobs.ts';
import { renderPng } from '../../src/lib/png/render.ts';
import { makeContent, reported, SEED_001, type Change } from '../support/content-fixture.ts';
import { ROOT } from '../support/paths.ts';

function load(changes: Change[]) {
  const dir = makeContent(changes);
  const result = loadContent(dir, ROOT, { PORTAL_AS_OF: '2026-11-23' });
  return { ...result, lines: result.errors.map(formatProblem).map((l) => l.replaceAll(reported(dir, ''), 'content')) };
}

describe('undrawable', () => {
  it('accepts every Vietnamese letter, precomposed or decomposed, and common punctuation', () => {
    const letters = 'aàáảãạăằắẳẵặâầấẩẫậđeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ';
    expect(undrawable(letters + letters.toLocaleUpperCase('vi'))).toEqual([]);
    expect(undrawable('Quy\u0301 II/2026 – “số” … § № • ½')).toEqual([]);
    // What undrawable skips without asking the font: the font must really have all of it.
    const skipped = [[0x20, 0x7e], [0xa0, 0x17f], [0x1a0, 0x1a1], [0x1af, 0x1b0], [0x300, 0x36f], [0x1ea0, 0x1ef9]]
      .flatMap(([from, to]) => Array.from({ length: to! - from! + 1 }, (_, i) => String.fromCodePoint(from! + i)))
      .concat(['–', '—', '‘', '’', '“', '”', '…'])
      .join('');
    expect(fontMetrics().missing(skipped, 'regular')).toEqual([]);
    expect(fontMetrics().missing(skipped, 'bold')).toEqual([]);
  });

  it('names the characters the font lacks, once each, in order', () => {
    expect(undrawable('A ⇒ B ≥ C ⇒ 🙂 漢')).toEqual(['⇒', '≥', '🙂', '漢']);
  });
});

describe('text drawn into a PNG', () => {
  it('a document title with an arrow and an emoji: its file, line and field, and what to write instead', () => {
    const { lines } = load([{ file: SEED_001, replace: 'title: "về đổi mới', with: 'title: "⇒ 🙂 về đổi mới' }]);
    expect(lines).toEqual([
      `content/${SEED_001}:4: title: các ký tự "⇒" (U+21D2), "🙂" (U+1F642) không có trong phông Noto Sans dùng để vẽ ảnh chia sẻ của văn bản, nên ảnh PNG không vẽ được; thay "⇒" bằng "=>" hoặc chữ "dẫn đến"; bỏ "🙂" hoặc thay bằng chữ`,
    ]);
  });

  it('a task table cell drawn by a generated infographic: the line of the row', () => {
    const { lines } = load([{ file: SEED_001, replace: '| Xây dựng kế hoạch cụ thể hóa', with: '| Xây dựng kế hoạch ≥ cụ thể hóa' }]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^content/${SEED_001}:110: bảng nhiệm vụ: ký tự "≥" \\(U\\+2265\\) không có trong phông Noto Sans dùng để vẽ infographic /infographic/[a-z0-9-]+/, nên ảnh PNG không vẽ được; thay "≥" bằng ">="`));
  });

  it('a line of a hand-written infographic, the portal name, an issuer name, a type name', () => {
    const { lines } = load([
      { file: 'infographic/phan-anh-vuong-mac.md', replace: '- Ghi rõ nội dung |', with: '- Ghi rõ nội dung → |' },
      { file: 'cau-hinh.yaml', replace: 'owner: "Sở Tư pháp"', with: 'owner: "Sở Tư pháp ★"' },
      { file: 'co-quan/so-tu-phap-dien-bien.yaml', replace: 'name: "Sở Tư pháp tỉnh Điện Biên"', with: 'name: "Sở Tư pháp tỉnh Điện Biên ✓"' },
      { file: 'danh-muc.yaml', replace: 'name: "Chỉ thị"', with: 'name: "Chỉ thị ■"' },
    ]);
    expect(lines.map((l) => l.replace(/ không có trong .*/, ''))).toEqual([
      'content/cau-hinh.yaml:2: owner: ký tự "★" (U+2605)',
      'content/co-quan/so-tu-phap-dien-bien.yaml:1: name: ký tự "✓" (U+2713)',
      expect.stringMatching(/^content\/danh-muc\.yaml:\d+: types\[\d+\]\.name: ký tự "■" \(U\+25A0\)$/),
      'content/infographic/phan-anh-vuong-mac.md:16: nội dung: ký tự "→" (U+2192)',
    ]);
  });

  it('the bundled content passes, and every PNG it has is drawn', () => {
    const { corpus, errors } = loadContent(`${ROOT}content`, ROOT, { PORTAL_AS_OF: '2026-11-23' });
    expect(errors).toEqual([]);
    const pngs = [...sitePngs(corpus!)];
    expect(pngs.length).toBeGreaterThan(5);
    for (const { job } of pngs) expect(renderPng(job).subarray(1, 4).toString()).toBe('PNG');
  });
});
