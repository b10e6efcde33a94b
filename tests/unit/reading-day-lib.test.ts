/** The reading day's pure parts: the featured issue, quiz scoring, quoting parts, the calendar, the search result line. */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { featuredHeading, featuredIssue } from '../../src/lib/reading-day/current.ts';
import { resultText, scoreMessage, scoreQuiz } from '../../src/lib/reading-day/score.ts';
import { partsSpan, quoteParts } from '../../src/lib/reading-day/parts.ts';
import { sessionsToIcs } from '../../src/lib/reading-day/export-ics.ts';
import { resultMetaHtml } from '../../src/lib/search/render.ts';
import { ROOT } from '../support/paths.ts';
import { SEED_000, SEED_001 } from '../support/content-fixture.ts';

const issues = [{ month: '2026-12' }, { month: '2027-01' }, { month: '2027-03' }];

describe('featuredIssue', () => {
  it('is the issue of the as-of month', () => {
    expect(featuredIssue(issues, '2027-01-31')).toEqual({ month: '2027-01' });
    expect(featuredHeading({ month: '2027-01' }, '2027-01-31')).toBe('Ngày đọc văn bản tháng này');
  });
  it('else the next one to come, the nearest later month', () => {
    expect(featuredIssue(issues, '2026-11-23')).toEqual({ month: '2026-12' });
    expect(featuredIssue(issues, '2027-02-01')).toEqual({ month: '2027-03' });
    expect(featuredHeading({ month: '2027-03' }, '2027-02-01')).toBe('Ngày đọc văn bản sắp tới');
  });
  it('else the latest one; none when there are none', () => {
    expect(featuredIssue([...issues].reverse(), '2027-06-10')).toEqual({ month: '2027-03' });
    expect(featuredHeading({ month: '2027-03' }, '2027-06-10')).toBe('Ngày đọc văn bản gần nhất');
    expect(featuredIssue([], '2027-06-10')).toBeNull();
  });
});

describe('scoreQuiz', () => {
  it('counts right answers, and says which are wrong or unanswered', () => {
    const score = scoreQuiz([1, 0, 2, null], [1, 0, 1, 0]);
    expect(score).toEqual({ right: 2, total: 4, unanswered: 1, results: ['right', 'right', 'wrong', 'unanswered'] });
    expect(scoreMessage(score)).toBe('Bạn trả lời đúng 2/4 câu (1 câu chưa trả lời)');
    expect(scoreMessage(scoreQuiz([1, 0, 2], [1, 0, 1]))).toBe('Bạn trả lời đúng 2/3 câu');
  });
  it('says the result in words, with the right letter', () => {
    expect(resultText('right', 1)).toBe('Đúng.');
    expect(resultText('wrong', 1)).toBe('Sai. Đáp án đúng: B.');
    expect(resultText('unanswered', 0)).toBe('Chưa trả lời. Đáp án đúng: A.');
  });
});

const body = (file: string) => readFileSync(`${ROOT}content/${file}`, 'utf8').replace(/^---[\s\S]*?\n---\n/, '');

describe('quoteParts', () => {
  const dien = quoteParts(body(SEED_001));
  const thai = quoteParts(body(SEED_000));

  it('quotes a numbered part with the unnumbered paragraphs that follow it', () => {
    const part1 = dien.get('muc-1')!;
    expect(part1.label).toBe('Mục 1');
    expect(part1.paragraphs).toHaveLength(2);
    expect(part1.paragraphs[1]).toMatch(/^Quán triệt sâu sắc nguyên tắc/);
    expect(dien.get('muc-4-3')!.paragraphs).toHaveLength(1);
  });

  it('keeps emphasis, drops footnote numbers, and stops before the closing formula', () => {
    const task2 = thai.get('nhiem-vu-2')!;
    expect(task2.label).toBe('Nhiệm vụ (2)');
    expect(task2.paragraphs[0]).toContain('<em><strong>xong trước ngày 15/8/2026</strong></em>');
    expect(task2.paragraphs[1]).toMatch(/^<em>Người đứng đầu .*Hằng tuần \(trước 15h ngày thứ Năm\)/);
    expect(thai.get('muc-1')!.paragraphs[0]).toContain('công tác xây dựng và tổ chức thi hành pháp luật. Đề ra');
    expect(thai.get('muc-7')!.paragraphs.at(-1)).toMatch(/03 năm sơ kết, 05 năm tổng kết việc thực hiện Chỉ thị\.$/);
    expect(dien.get('muc-6-6')!.paragraphs.join(' ')).not.toContain('được phổ biến đến');
  });
});

describe('sessionsToIcs', () => {
  const input = {
    siteUrl: 'https://phapluat.example.gov.vn/phapluat',
    asOf: '2026-11-23',
    name: 'Ngày đọc văn bản',
    description: 'Các buổi sinh hoạt.',
    sessions: [
      { month: '2027-01', date: '2027-01-13', title: 'Ngày đọc văn bản tháng 1/2027', theme: 'Chủ đề B', url: '/ngay-doc-van-ban/2027-01/', readings: ['Chỉ thị X: Nhiệm vụ (1)'], audience: ['Xã, phường'] },
      { month: '2026-12', date: '2026-12-16', title: 'Ngày đọc văn bản tháng 12/2026', theme: 'Chủ đề A', url: '/ngay-doc-van-ban/2026-12/', readings: ['Chỉ thị 08-CT/TU: Mục 4.3'], audience: ['Cơ quan, đơn vị'] },
    ],
  };

  it('has one all-day event per session, in month order, with stable UIDs and DTSTAMP from as-of', () => {
    const text = sessionsToIcs(input);
    expect(sessionsToIcs(input)).toBe(text);
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(events.map((e) => String(e.getFirstPropertyValue('uid')))).toEqual(['ngay-doc-van-ban-2026-12@phapluat.example.gov.vn', 'ngay-doc-van-ban-2027-01@phapluat.example.gov.vn']);
    expect(events.map((e) => String(e.getFirstPropertyValue('dtstart')))).toEqual(['2026-12-16', '2027-01-13']);
    expect(String(events[0]!.getFirstPropertyValue('url'))).toBe('https://phapluat.example.gov.vn/phapluat/ngay-doc-van-ban/2026-12/');
    expect(String(events[0]!.getFirstPropertyValue('summary'))).toBe('Ngày đọc văn bản tháng 12/2026: Chủ đề A');
    expect(text).toMatch(/\r\nDTSTAMP:20261123T000000Z\r\n/);
  });
});

describe('search result line of a reading-day issue', () => {
  it('names the kind only, with no number or date of issue said to be missing', () => {
    expect(resultMetaHtml({ kind: 'ngay-doc', date: '2026-12-16', detail: 'Ngày sinh hoạt 16/12/2026' }).replace(/<[^>]+>/g, '')).toBe('Ngày đọc văn bản');
  });
});

describe('partsSpan', () => {
  it('names the first and last part read, without repeating the words they share', () => {
    expect(partsSpan(['Mục 4', 'Mục 4.1', 'Mục 4.5'])).toBe('Mục 4 đến 4.5');
    expect(partsSpan(['Bảng nhiệm vụ, dòng 7', 'Bảng nhiệm vụ, dòng 10'])).toBe('Bảng nhiệm vụ, dòng 7 đến 10');
    expect(partsSpan(['Nhiệm vụ (1)', 'Nhiệm vụ (3)'])).toBe('Nhiệm vụ (1) đến (3)');
    expect(partsSpan(['Mục 2', 'Bảng nhiệm vụ, dòng 1'])).toBe('Mục 2 đến Bảng nhiệm vụ, dòng 1');
    expect(partsSpan(['Mục 7'])).toBe('Mục 7');
    expect(partsSpan([])).toBe('');
  });
});
