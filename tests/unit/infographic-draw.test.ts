/**
 * Drawing infographics: the bundled font covers every letter of the directives, long Vietnamese
 * labels wrap inside their width without losing a word, bars are proportional, milestones come
 * in date order, every line of text stays on the canvas, and the PNG is 1080 px wide.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fontMetrics } from '../../src/lib/infographic/font.ts';
import { wrapText } from '../../src/lib/infographic/layout/wrap.ts';
import { barLengths, drawBars } from '../../src/lib/infographic/draw-bars.ts';
import { layoutTimeline } from '../../src/lib/infographic/draw-timeline.ts';
import { drawInfographic } from '../../src/lib/infographic/draw.ts';
import { CANVAS_WIDTH, MARGIN, SIZES, escapeXml, type DrawContext } from '../../src/lib/infographic/svg.ts';
import { renderPng } from '../../src/lib/png/render.ts';
import { INFOGRAPHIC_PNG_WIDTH as PNG_WIDTH } from '../../src/lib/png/jobs.ts';
import { listFiles } from '../../src/lib/content/read.ts';
import type { Block } from '../../src/lib/infographic/types.ts';
import { ROOT } from '../support/paths.ts';

const { measure, missing } = fontMetrics();
const ctx: DrawContext = { measure, x: MARGIN, width: CANVAS_WIDTH - 2 * MARGIN };

// Row 4 of the 08-CT/TU annex: the longest task of the two directives.
const ROW_4 =
  'Rà soát, ban hành cơ chế, chính sách nhằm bảo đảm thi hành văn bản quy phạm pháp luật cấp trên; chính sách nhằm bảo đảm quốc phòng – an ninh, phát triển kinh tế - xã hội phù hợp với điều kiện của tỉnh. Nghiên cứu, đề xuất Trung ương thực hiện cơ chế đặc thù cho tỉnh để khơi thông các nguồn lực phát triển kinh tế - xã hội';

describe('the bundled font', () => {
  it('has a glyph for every character of both directives and of the bundled infographics, regular and bold', () => {
    const files = [...listFiles(join(ROOT, 'content/van-ban'), /\.md$/), ...listFiles(join(ROOT, 'content/infographic'), /\.md$/)];
    expect(files.length).toBeGreaterThanOrEqual(5);
    const text = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(text).toContain('Đảng ủy');
    expect(missing(text, 'regular')).toEqual([]);
    expect(missing(text, 'bold')).toEqual([]);
  });

  it('has the hardest Vietnamese letters, and knows when a glyph is missing', () => {
    expect(missing('ư ơ ặ ễ ỹ Đ đ ẫ ỗ ự ữ ỷ Ỵ ằ ẳ ẵ', 'bold')).toEqual([]);
    expect(missing('法', 'regular')).toEqual(['法']);
  });

  it('measures with real advances: wider letters take more room, bold is wider', () => {
    expect(measure('Đảng', 20)).toBeGreaterThan(measure('iiii', 20));
    expect(measure('Nhiệm vụ', 20, 'bold')).toBeGreaterThan(measure('Nhiệm vụ', 20));
    expect(measure('Nhiệm vụ', 40)).toBeCloseTo(2 * measure('Nhiệm vụ', 20), 6);
  });
});

describe('wrapText', () => {
  it('wraps a long Vietnamese label inside the width, keeping every word in order', () => {
    const width = (s: string) => measure(s, SIZES.body);
    const lines = wrapText(ROW_4, 300, width);
    expect(lines.length).toBeGreaterThan(5);
    for (const l of lines) expect(width(l)).toBeLessThanOrEqual(300);
    expect(lines.join(' ')).toBe(ROW_4);
    // Greedy: the next word would not have fitted on the line before.
    for (let i = 1; i < lines.length; i++) expect(width(`${lines[i - 1]} ${lines[i]!.split(' ')[0]}`)).toBeGreaterThan(300);
  });

  it('collapses runs of spaces and newlines', () => {
    expect(wrapText('  Sở   Tư\npháp ', 1000, (s) => s.length)).toEqual(['Sở Tư pháp']);
  });

  it('cuts a token wider than the line between characters, keeping all of it', () => {
    const token = 'https://phapluat.example.gov.vn/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/';
    const lines = wrapText(`Xem ${token} nhé`, 10, (s) => [...s].length);
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(10);
    expect(lines.join('').replace(/ /g, '')).toBe(`Xem${token}nhé`);
  });

  it('returns no line for empty text', () => {
    expect(wrapText('   ', 100, (s) => s.length)).toEqual([]);
  });
});

describe('bars', () => {
  it('are proportional to the values, the largest filling the room', () => {
    expect(barLengths([6, 3, 1], 300)).toEqual([300, 150, 50]);
    expect(barLengths([0, 0], 300)).toEqual([0, 0]);
  });

  it('are drawn with those lengths, each labelled with its value', () => {
    const block: Block = { kind: 'bars', line: null, labelHeading: 'Cơ quan', valueHeading: 'Số nhiệm vụ', items: [{ label: 'Sở Tư pháp', value: 5 }, { label: 'Ban Nội chính Tỉnh ủy', value: 1 }] };
    const { svg } = drawBars(block, ctx, 0);
    const widths = [...svg.matchAll(/<rect [^>]*width="([\d.]+)"[^>]*data-value="(\d+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(widths).toHaveLength(2);
    expect(widths[0]![0]! / widths[1]![0]!).toBeCloseTo(5, 1);
    expect(svg).toContain('>5</text>');
    expect(svg).toContain('>Ban Nội chính Tỉnh ủy</text>');
  });
});

describe('timeline', () => {
  it('lays milestones out top to bottom in date order, same dates in the order written', () => {
    const block = {
      kind: 'timeline' as const,
      line: null,
      items: [
        { date: '2026-08-15', when: '15/08/2026', text: 'Xong mục (1)' },
        { date: '2026-04-15', when: '15/04/2026', text: 'Quy chế phối hợp' },
        { date: '2026-08-15', when: '15/08/2026', text: 'Xong mục (2)' },
        { date: '2026-06-30', when: 'Quý II/2026', text: ROW_4 },
      ],
    };
    const { rows } = layoutTimeline(block, ctx, 100);
    expect(rows.map((r) => r.item.text)).toEqual(['Quy chế phối hợp', ROW_4, 'Xong mục (1)', 'Xong mục (2)']);
    expect(rows[0]!.top).toBe(100);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.top).toBeGreaterThan(rows[i - 1]!.top);
    // The long label takes more room than a short one.
    expect(rows[2]!.top - rows[1]!.top).toBeGreaterThan(rows[1]!.top - rows[0]!.top);
  });
});

describe('drawInfographic', () => {
  const blocks: Block[] = [
    { kind: 'heading', line: null, text: 'Các mốc <quan trọng> & lịch báo cáo' },
    { kind: 'figures', line: null, items: [{ value: '13', label: 'nhiệm vụ trong Phụ lục' }, { value: 'Hằng tuần', label: 'trước 15h ngày thứ Năm: báo cáo kết quả và tiến độ mục (1), (2) về Sở Tư pháp' }] },
    { kind: 'timeline', line: null, items: [{ date: '2026-08-15', when: '15/08/2026', text: ROW_4 }] },
    { kind: 'steps', line: null, items: [{ title: 'Tìm văn bản', detail: 'Gõ số, ký hiệu vào ô Tìm kiếm', link: '/tim-kiem/', line: 1 }, { title: 'Gửi phản ánh', detail: null, link: null, line: 2 }] },
    { kind: 'matrix', line: null, corner: 'Nhiệm vụ', agencies: ['Sở Tư pháp', 'Ban Tuyên giáo và Dân vận Tỉnh ủy', 'Đảng ủy UBND tỉnh'], rows: [{ task: '2. Kế hoạch thực hiện Chỉ thị', cells: ['Chủ trì', '', 'Theo dõi chỉ đạo'] }] },
  ];
  const drawing = drawInfographic({ slug: 'thu', title: 'Chỉ thị 08-CT/TU: 6 nội dung chỉ đạo, 13 nhiệm vụ', summary: 'Tóm tắt "thử" <nghiệm>.', blocks, footer: ['Nguồn: Chỉ thị 08-CT/TU (mục 2).'] }, measure);

  it('is an accessible image: role, <title> and <desc> named by aria-labelledby', () => {
    expect(drawing.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="600" height="\d+" viewBox="0 0 600 \d+" role="img" aria-labelledby="ig-thu-tieu-de ig-thu-mo-ta"/);
    expect(drawing.svg).toContain('<title id="ig-thu-tieu-de">Chỉ thị 08-CT/TU: 6 nội dung chỉ đạo, 13 nhiệm vụ</title>');
    expect(drawing.svg).toContain('<desc id="ig-thu-mo-ta">Tóm tắt &quot;thử&quot; &lt;nghiệm&gt;.</desc>');
    expect(drawing.svg).toContain('>Các mốc &lt;quan trọng&gt; &amp; lịch báo cáo</text>');
    expect(drawing.svg).not.toContain('<quan');
  });

  it('keeps every line of text on the canvas, and its height holds everything drawn', () => {
    const texts = [...drawing.svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" font-size="(\d+)"( font-weight="700")?([^>]*)>([^<]*)<\/text>/g)];
    expect(texts.length).toBeGreaterThan(20);
    for (const [, x, y, size, bold, rest, raw] of texts) {
      const anchor = / text-anchor="(\w+)"/.exec(rest!)?.[1];
      const text = raw!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/&quot;/g, '"');
      const w = measure(text, Number(size), bold ? 'bold' : 'regular');
      // Wrapped lines state the width they were measured to, so another font cannot run them past the edge.
      const stated = / textLength="([\d.]+)" lengthAdjust="spacingAndGlyphs"/.exec(rest!)?.[1];
      if (text.length > 3) expect(Number(stated), text).toBeCloseTo(w, 1);
      const left = anchor === 'middle' ? Number(x) - w / 2 : Number(x);
      expect(left, text).toBeGreaterThanOrEqual(MARGIN - 0.5);
      expect(left + w, text).toBeLessThanOrEqual(CANVAS_WIDTH - MARGIN + 0.5);
      expect(Number(y), text).toBeLessThan(drawing.height);
    }
  });

  it('draws the words of every block', () => {
    const words = [...drawing.svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    for (const w of ['13', 'Hằng tuần', '15/08/2026', 'Tìm văn bản', 'Chủ trì', 'Theo dõi', escapeXml('Nguồn: Chỉ thị 08-CT/TU (mục 2).')]) expect(words).toContain(w);
  });
});

describe('renderPng', () => {
  it('renders a valid PNG 1080 px wide, the height scaled with it', () => {
    const svg = drawInfographic({ slug: 'png', title: 'Đảng ủy Ủy ban nhân dân tỉnh', summary: 'Thử.', blocks: [{ kind: 'figures', line: null, items: [{ value: '15/8/2026', label: 'xong trước ngày này' }] }], footer: ['Cổng thông tin pháp luật'] }, measure);
    const png = renderPng({ svg: svg.svg, width: PNG_WIDTH });
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(PNG_WIDTH);
    expect(png.readUInt32BE(20)).toBe(Math.round((svg.height * PNG_WIDTH) / svg.width));
  });
});
