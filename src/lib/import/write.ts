/**
 * A draft as a content file: frontmatter with a Vietnamese comment on every field (what was
 * found, what the editor must fill), then the body in the portal's Markdown (`1\.` parts, GFM
 * footnotes, one GFM task table, `<br>` in multi-line cells).
 */
import { unified } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import type { Root } from 'mdast';
import type { Catalog } from '../content/schema.ts';
import type { Draft } from './draft.ts';
import { slugify } from '../slug.ts';

const stringifier = unified()
  .use(remarkGfm, { tablePipeAlign: false })
  .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', rule: '-', listItemIndent: 'one' });

/** Where the draft goes, relative to the content folder: "van-ban/dien-bien/08-ct-tu-2026.md". */
export function draftPath(draft: Draft): string {
  return `van-ban/${draft.province ? slugify(draft.province) : 'chua-xac-dinh-tinh'}/${draft.name}.md`;
}

/** Placeholder written when the issuer is unknown: valid as an id, unknown as an organization, so `npm run check` fails on it. */
export const UNKNOWN_ISSUER = 'can-dien-co-quan-ban-hanh';

export function bodyToMarkdown(body: Root): string {
  // "| --- |" as editors write it, rather than the shortest "| - |".
  return String(stringifier.stringify(body)).replace(/^\|(?: :?-+:? \|)+$/gm, (row) => row.replace(/-+/g, '---'));
}

export function draftToMarkdown(draft: Draft, catalog: Catalog | null, source: string): string {
  const d = draft.data;
  const q = (s: string | null) => (s === null ? 'null' : JSON.stringify(s));
  const ids = (list: { id: string }[] | undefined) => (list ?? []).map((x) => x.id).join(', ');
  const lines: string[] = [
    '---',
    `# Bản nháp do "npm run import" tạo từ ${source}. Đọc lại từng trường (các dòng "TODO" cần điền),`,
    '# đối chiếu nội dung với văn bản gốc, rồi chạy "npm run check".',
    `number: ${q(d.number)}${d.number ? '  # số, ký hiệu như trong văn bản' : '  # văn bản không ghi số, ký hiệu (null); nếu có, ghi như "08-CT/TU"'}`,
    `type: ${d.type ?? 'null'}  # ${d.type ? 'loại văn bản' : 'TODO: mã loại văn bản'}: ${ids(catalog?.types)}`,
    `title: ${q(d.title)}  # ${d.title ? 'trích yếu, như trong văn bản' : 'TODO: trích yếu, thường bắt đầu bằng "về …"'}`,
    `issuer: ${d.issuer ?? UNKNOWN_ISSUER}  # ${d.issuer ? 'cơ quan ban hành: tên tệp trong content/co-quan/' : 'TODO: chưa xác định được cơ quan ban hành; ghi tên tệp trong content/co-quan/ (không có đuôi .yaml)'}`,
    d.issuedNotOnCalendar
      ? `issued: "YYYY-MM-DD"  # TODO: ngày ban hành trong ${d.issuedNotOnCalendar} không có trong lịch; đối chiếu bản gốc rồi ghi "YYYY-MM-DD"`
      : `issued: ${q(d.issued)}  # ${d.issued ? 'ngày ban hành (YYYY-MM-DD)' : 'văn bản không ghi ngày ban hành (null); nếu có, ghi "YYYY-MM-DD"'}`,
  ];
  if (d.signer) {
    lines.push(
      'signer:  # khối chữ ký',
      `  onBehalfOf: ${q(d.signer.onBehalfOf)}`,
      `  title: ${q(d.signer.title)}`,
      `  name: ${q(d.signer.name)}`,
    );
  } else lines.push('signer: null  # không tìm thấy khối chữ ký; nếu có: { onBehalfOf: "T/M Ban Thường vụ", title: "Bí thư", name: "…" }');
  lines.push(
    `status: chua-xac-dinh  # TODO: tình trạng hiệu lực: ${ids(catalog?.statuses)}`,
    'effective: null  # ngày có hiệu lực (YYYY-MM-DD), nếu biết',
    'expires: null  # ngày hết hiệu lực (YYYY-MM-DD), nếu biết',
    `fields: []  # TODO: lĩnh vực, ví dụ [xay-dung-phap-luat]: ${ids(catalog?.fields)}`,
  );
  if (d.relations.length) {
    lines.push(`relations:  # văn bản được nhắc tới; TODO: sửa "dan-chieu" thành loại đúng hơn nếu có (${ids(catalog?.relationTypes)})`);
    for (const r of d.relations) {
      lines.push('  - type: dan-chieu', `    number: ${q(r.number)}`);
      if (r.issued) lines.push(`    issued: ${q(r.issued)}`);
      if (r.at) lines.push(`    at: ${q(r.at)}`);
    }
  } else lines.push('relations: []  # văn bản liên quan: { type: dan-chieu, number: "66-NQ/TW", issued: "2025-04-30" }');
  if (d.recipients.length) {
    lines.push('recipients:  # nơi nhận, như trong văn bản');
    for (const r of d.recipients) lines.push(`  - ${q(r)}`);
  } else lines.push('recipients: []  # nơi nhận: không tìm thấy trong văn bản');
  lines.push(
    `copyCode: ${q(d.copyCode)}  # ký hiệu bản in ở cuối văn bản (nếu có)`,
    '# summary: "…"  # TODO: tóm tắt ngắn bằng ngôn ngữ phổ thông (bỏ dấu # ở đầu dòng khi điền)',
    '---',
    '',
    '',
  );
  return lines.join('\n') + bodyToMarkdown(draft.body);
}
