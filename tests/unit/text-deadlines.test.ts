/** Deadlines written in a document's parts rather than in its task table (text-deadlines.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import matter from 'gray-matter';
import { parseMarkdown } from '../../src/lib/markdown/parse.ts';
import { renderBody } from '../../src/lib/markdown/render.ts';
import { clauseAround, readTextDeadlines } from '../../src/lib/markdown/text-deadlines.ts';

const body = (file: string) => matter(readFileSync(new URL(`../../content/van-ban/${file}`, import.meta.url), 'utf8')).content;
const render = (md: string) => renderBody(parseMarkdown(md));

describe('08-CT/TU (Điện Biên)', () => {
  const out = render(body('dien-bien/08-ct-tu-2026.md'));

  it('finds the two deadlines of parts 2 and 2.1, not those of the appendix table', () => {
    expect(out.deadlines.map((d) => [d.anchor, d.place, d.phrase])).toEqual([
      ['muc-2', 'Mục 2', 'hoàn thành chậm nhất trong Quý II năm 2026'],
      ['muc-2-1', 'Mục 2.1', 'trước ngày 15/4/2026'],
    ]);
  });

  it('keeps the clause around each, without the part number, shortened when long', () => {
    expect(out.deadlines[1]!.context).toBe('rà soát, ban hành quy chế phối hợp giữa cơ quan chuyên môn, đơn vị thuộc UBND tỉnh với xã, phường (trước ngày 15/4/2026).');
    expect(out.deadlines[0]!.context).toBe(
      'Tập trung rà soát, đánh giá toàn diện, sửa đổi, bổ sung hoặc ban … các nghị quyết chuyên đề của Ban Chấp hành Đảng bộ tỉnh, yêu cầu hoàn thành chậm nhất trong Quý II năm 2026, trong đó ưu tiên xây dựng các chính sách hỗ trợ …',
    );
  });

  it('reads them as the register reads a task table’s deadline', () => {
    const read = readTextDeadlines(out.deadlines, { year: 2026, issued: null });
    expect(read.map((d) => [d.deadline.kind, d.deadline.start, d.deadline.due])).toEqual([
      ['period', '2026-04-01', '2026-06-30'],
      ['date', null, '2026-04-14'],
    ]);
  });
});

describe('the Thái Nguyên directive', () => {
  const out = render(body('thai-nguyen/chi-thi-xay-dung-va-thi-hanh-phap-luat.md'));

  it('finds the dated phrases of tasks (1)–(3) and the weekly report between them', () => {
    expect(out.deadlines.map((d) => [d.anchor, d.place, d.phrase])).toEqual([
      ['nhiem-vu-1', 'Nhiệm vụ (1)', 'xong trước ngày 15/8/2026'],
      ['nhiem-vu-2', 'Nhiệm vụ (2)', 'xong trước ngày 15/8/2026'],
      ['thoi-han-1', 'Sau nhiệm vụ (2)', 'Hằng tuần (trước 15h ngày thứ Năm)'],
      ['nhiem-vu-3', 'Nhiệm vụ (3)', 'Hằng tháng (trước ngày 16)'],
    ]);
  });

  it('gives the paragraph with no number of its own an anchor to link to', () => {
    expect(out.mainHtml).toMatch(/<p id="thoi-han-1"><em>Người đứng đầu các cơ quan/);
    expect(out.anchors).toContain('thoi-han-1');
  });

  it('takes neither a scope cut-off, nor a cited document’s date, nor "trước thời hạn"', () => {
    const phrases = out.deadlines.map((d) => d.phrase).join(' | ');
    expect(phrases).not.toContain('31/10/2026');
    expect(phrases).not.toContain('10/4/2026');
    expect(phrases).not.toContain('thời hạn');
  });
});

describe('markTextDeadlines on written shapes', () => {
  it('takes a date, a quarter and a recurrence with its day; not a bare "Quý II" or "hằng tháng"', () => {
    const out = render([
      'Mở đầu: báo cáo chậm nhất ngày 30/6/2026.',
      '1\\. Trước Quý III/2026 hoàn thành kế hoạch; hằng tháng báo cáo; trong Quý II triển khai.',
      '| STT | Nội dung | Thời gian hoàn thành |\n| --- | --- | --- |\n| 1 | Việc | trước ngày 1/1/2027 |',
      '- Hàng quý (trước ngày 20 tháng cuối quý) gửi báo cáo.',
    ].join('\n\n'));
    expect(out.deadlines.map((d) => [d.place, d.phrase])).toEqual([
      ['Phần mở đầu', 'chậm nhất ngày 30/6/2026'],
      ['Mục 1', 'Trước Quý III/2026'],
      ['Sau mục 1', 'Hàng quý (trước ngày 20 tháng cuối quý)'],
    ]);
  });

  it('does not reuse an id the body already has', () => {
    const out = render('## Thời hạn 1\n\nGửi báo cáo trước ngày 15/8/2026.');
    expect(out.toc[0]!.id).toBe('thoi-han-1');
    expect(out.deadlines[0]!.anchor).toBe('thoi-han-2');
    expect(out.deadlines[0]!.place).toBe('Sau mục “Thời hạn 1”');
  });

  it('leaves the annex alone', () => {
    const out = render('Gửi kế hoạch trước ngày 15/8/2026.\n\n## Phụ lục\n\nHoàn thành trước ngày 31/5/2026.');
    expect(out.deadlines.map((d) => d.phrase)).toEqual(['trước ngày 15/8/2026']);
  });
});

describe('clauseAround', () => {
  it('cuts at the clause ends around the phrase', () => {
    const text = 'Một việc khác; gửi báo cáo trước ngày 15/8/2026 về Sở Tư pháp. Việc sau.';
    const at = text.indexOf('trước');
    expect(clauseAround(text, at, at + 'trước ngày 15/8/2026'.length)).toBe('gửi báo cáo trước ngày 15/8/2026 về Sở Tư pháp.');
  });
});
