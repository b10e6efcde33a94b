/**
 * Warnings the check gives about a document that can be published but likely holds a typo.
 * A relation that finds no document says why: its number is on no document, or documents with
 * its number differ in date or issuer (then the warning points at the relation's `issued` or
 * `issuer` and names what the document has). An issue date after the as-of date, and an
 * effective date before the issue date, are flagged too.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { IMPLEMENTING_DOC, SEED_001, makeContent, reported } from '../support/content-fixture.ts';
import { ROOT, TEST_AS_OF } from '../support/paths.ts';

const FILE = 'van-ban/dien-bien/15-kh-tu-2026.md';

/** The check's lines for the implementing document, with its relation to 08-CT/TU changed. */
function linesFor(relation: string): { lines: string[]; lineOf: (text: string) => number; shown: (f: string) => string } {
  const text = IMPLEMENTING_DOC.replace(/ {2}- type: thuc-hien\n {4}number: "08-CT\/TU"\n {4}issued: "2026-02-23"\n/, relation);
  if (text === IMPLEMENTING_DOC) throw new Error('fixture: relation not found');
  const content = makeContent([{ file: FILE, write: text }]);
  const lines = loadContent(content, ROOT, { PORTAL_AS_OF: TEST_AS_OF }).problems.map(formatProblem);
  const file = reported(content, FILE);
  return {
    lines: lines.filter((l) => l.startsWith(`${file}:`)).map((l) => l.slice(file.length)),
    lineOf: (needle) => text.split('\n').findIndex((l) => l.includes(needle)) + 1,
    shown: (f) => reported(content, f),
  };
}

describe('a relation that finds no document', () => {
  it('names the date of the document that has its number', () => {
    const { lines, lineOf, shown } = linesFor('  - type: thuc-hien\n    number: "08-CT/TU"\n    issued: "2026-02-24"\n');
    expect(lines).toEqual([
      `:${lineOf('issued: "2026-02-24"')}: relations[0].issued: cảnh báo: văn bản "08-CT/TU" trong Cổng (${shown(SEED_001)}) có ngày 2026-02-23, không phải 2026-02-24; hãy sửa cho đúng văn bản được nhắc tới, hoặc bỏ "issued" nếu văn bản này không ghi; trang sẽ chỉ hiện số hiệu`,
    ]);
  });

  it('names the issuer of a cited document that has its number', () => {
    const { lines, lineOf } = linesFor('  - type: thuc-hien\n    number: "66-NQ/TW"\n    issuer: ban-thuong-vu-tinh-uy-dien-bien\n');
    expect(lines).toEqual([
      `:${lineOf('    issuer: ban-thuong-vu-tinh-uy-dien-bien')}: relations[0].issuer: cảnh báo: văn bản "66-NQ/TW" trong content/trich-dan.yaml có cơ quan "bo-chinh-tri", không phải "ban-thuong-vu-tinh-uy-dien-bien"; hãy sửa cho đúng văn bản được nhắc tới, hoặc bỏ "issuer" nếu văn bản này không ghi; trang sẽ chỉ hiện số hiệu`,
    ]);
  });

  it('says the number is nowhere when no document has it', () => {
    const { lines, lineOf } = linesFor('  - type: thuc-hien\n    number: "999-KH/TU"\n');
    expect(lines).toEqual([
      `:${lineOf('number: "999-KH/TU"')}: relations[0].number: cảnh báo: văn bản "999-KH/TU" không có trong Cổng và chưa có trong content/trich-dan.yaml; trang sẽ chỉ hiện số hiệu`,
    ]);
  });
});

describe('dates that are possible but likely typos', () => {
  const datesOf = (fields: string) => {
    const text = IMPLEMENTING_DOC.replace('issued: "2026-03-10"\n', fields);
    const content = makeContent([{ file: FILE, write: text }]);
    const file = reported(content, FILE);
    const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.startsWith(needle)) + 1;
    return { lines: loadContent(content, ROOT, { PORTAL_AS_OF: TEST_AS_OF }).problems.map(formatProblem).filter((l) => l.startsWith(`${file}:`)).map((l) => l.slice(file.length)), lineOf };
  };

  it('warns of an issue date after the as-of date', () => {
    const { lines, lineOf } = datesOf('issued: "2099-03-10"\n');
    expect(lines).toEqual([`:${lineOf('issued:')}: issued: cảnh báo: ngày ban hành 2099-03-10 sau ngày ${TEST_AS_OF} mà Cổng tính trạng thái (asOf); hãy kiểm tra năm, tháng`]);
  });

  it('warns of an effective date before the issue date', () => {
    const { lines, lineOf } = datesOf('issued: "2026-03-10"\neffective: "2026-03-01"\n');
    expect(lines).toEqual([`:${lineOf('effective:')}: effective: cảnh báo: ngày có hiệu lực 2026-03-01 trước ngày ban hành 2026-03-10; hãy kiểm tra (chỉ đúng khi văn bản quy định hiệu lực trở về trước)`]);
  });

  it('says nothing of ordinary dates', () => {
    expect(datesOf('issued: "2026-03-10"\neffective: "2026-03-10"\n').lines).toEqual([]);
  });
});

describe('two documents at one address', () => {
  it('says the same number twice in a year from one issuer is a mistyped number or date', () => {
    const twin = IMPLEMENTING_DOC.replace('issued: "2026-03-10"', 'issued: "2026-05-04"');
    const content = makeContent([{ file: FILE, write: IMPLEMENTING_DOC }, { file: 'van-ban/dien-bien/15-kh-tu-2026-b.md', write: twin }]);
    const lines = loadContent(content, ROOT, { PORTAL_AS_OF: TEST_AS_OF }).errors.map(formatProblem);
    const clash = lines.filter((l) => l.includes('trùng đường dẫn'));
    expect(clash).toHaveLength(1);
    expect(clash[0]).toMatch(/: đường dẫn: trùng đường dẫn \/van-ban\/ban-thuong-vu-tinh-uy-dien-bien\/2026\/15-kh-tu\/ với .*15-kh-tu-2026(-b)?\.md: cùng cơ quan ban hành, năm 2026 và số 15-KH\/TU \(ngày 2026-0\d-\d\d và 2026-0\d-\d\d\); một cơ quan không ban hành hai văn bản cùng số trong một năm, hãy kiểm tra số và ngày của hai tệp$/);
  });
});
