/**
 * The import report of a draft: every field, detected (with the words it came from) or left for
 * the editor (with what to do), and warnings about what the editor should check: cited documents
 * the portal does not know, and a document that may already be on the portal.
 */
import type { Root } from 'mdast';
import type { DraftData, ImportContext } from './draft.ts';
import type { HeaderInfo } from './header.ts';
import type { IssuerResult } from './issuer.ts';
import type { ImportReport } from './report.ts';
import type { TailInfo } from './tail.ts';
import { docNumberKey } from '../search/doc-number.ts';
import { formatViDate } from '../dates.ts';
import { foldName } from '../tasks/agencies.ts';

export interface DraftFacts {
  header: HeaderInfo;
  number: { value: string; from: string } | null;
  issuedRaw: { iso: string | null; from: string } | null;
  issuer: IssuerResult;
  tail: TailInfo;
  body: Root;
  data: DraftData;
}

export function describeDraft(report: ImportReport, facts: DraftFacts, ctx: ImportContext): void {
  const { header, number, issuedRaw, issuer, tail, body, data } = facts;
  const { issued, relations } = data;
  const warn = (m: string) => report.warnings.push(m);
  const found = (field: string, value: string, from: string) => report.detected.push({ field, value, from });
  const missing = (field: string, message: string) => report.missing.push({ field, message });
  if (header.type) found('type', header.type.id, `dòng "${header.type.line}"`);
  else missing('type', 'không tìm thấy dòng tên loại văn bản (ví dụ "CHỈ THỊ") ở đầu văn bản; để null — cần điền mã loại trong content/danh-muc.yaml');
  if (header.title) found('title', header.title, 'các dòng dưới tên loại văn bản');
  else missing('title', 'không tìm thấy trích yếu ("về …") dưới tên loại văn bản; để null — cần điền');
  if (header.titleAsWritten) warn(`trích yếu viết tắt "V/v" được ghi đầy đủ là "về việc" (trang ghi "<loại văn bản> <trích yếu>"); văn bản ghi: "${header.titleAsWritten}"`);
  if (number) found('number', number.value, number.from);
  else missing('number', 'không tìm thấy số, ký hiệu trong văn bản; để null (trang sẽ ghi "Không ghi trong văn bản")');
  if (issued && issuedRaw) found('issued', `${issued} (${formatViDate(issued)})`, issuedRaw.from);
  else if (data.issuedNotOnCalendar) missing('issued', `ngày ban hành trong ${data.issuedNotOnCalendar} không có trong lịch; để "YYYY-MM-DD" — cần đối chiếu bản gốc rồi điền (npm run check sẽ báo lỗi tới khi điền)`);
  else missing('issued', 'không tìm thấy ngày ban hành trong văn bản; để null');
  if (issuer.ok) found('issuer', issuer.id, issuer.reason);
  else missing('issuer', `chưa xác định được cơ quan ban hành: ${issuer.reason}; cần điền mã tệp trong content/co-quan/ (npm run check sẽ báo lỗi tới khi điền)`);
  if (tail.signer) found('signer', [tail.signer.onBehalfOf, tail.signer.title, tail.signer.name].filter(Boolean).join(', '), 'khối chữ ký');
  else missing('signer', 'không tìm thấy khối chữ ký (dòng "T/M …", chức vụ, họ tên); để null');
  if (tail.signer && !tail.signer.name) missing('signer.name', 'không tìm thấy họ tên người ký; để null');
  if (tail.recipients.length) found('recipients', `${tail.recipients.length} dòng`, 'danh sách dưới "Nơi nhận:"');
  else missing('recipients', 'không tìm thấy "Nơi nhận:"; để trống');
  if (tail.copyCode) found('copyCode', tail.copyCode, 'dòng ký hiệu bản ở cuối');
  if (relations.length) found('relations', relations.map((r) => r.number + (r.issued ? ` (${formatViDate(r.issued)})` : '')).join('; '), 'số hiệu văn bản nhắc tới trong nội dung; loại quan hệ để "dan-chieu" — hãy sửa thành "thuc-hien", "can-cu"… nếu đúng hơn');
  for (const r of relations) {
    const known = ctx.citations.some((c) => docNumberKey(c.number) === docNumberKey(r.number)) || ctx.documents.some((d) => d.data.number && docNumberKey(d.data.number) === docNumberKey(r.number));
    if (!known) warn(`văn bản "${r.number}" được dẫn chiếu nhưng chưa có trong Cổng hay content/trich-dan.yaml; nên thêm vào content/trich-dan.yaml`);
  }
  const tables = body.children.filter((n) => n.type === 'table').length;
  if (tables) found('bảng', `${tables} bảng, ${body.children.filter((n) => n.type === 'table').reduce((s, t) => s + (t.type === 'table' ? t.children.length - 1 : 0), 0)} dòng`, 'bảng trong văn bản (các phần lặp tiêu đề đã gộp)');
  missing('status', 'để "chua-xac-dinh"; chọn tình trạng hiệu lực trong content/danh-muc.yaml (statuses)');
  missing('fields', 'để trống; chọn lĩnh vực trong content/danh-muc.yaml (fields)');
  missing('summary', 'chưa có; viết tóm tắt ngắn bằng ngôn ngữ phổ thông');

  for (const d of ctx.documents) {
    const sameIssuer = d.data.issuer === data.issuer;
    if (sameIssuer && data.number && d.data.number && docNumberKey(d.data.number) === docNumberKey(data.number) && d.data.issued === data.issued) {
      warn(`trùng văn bản đã có ${d.file} (cùng cơ quan, số ${data.number}, ngày ${data.issued ?? 'không ghi'}); npm run check sẽ báo lỗi trùng`);
    } else if (sameIssuer && data.title && foldName(d.data.title) === foldName(data.title)) {
      warn(`có thể trùng văn bản đã có ${d.file} (cùng cơ quan ban hành và trích yếu)`);
    }
  }
}
