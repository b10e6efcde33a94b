/**
 * Templates for `npm run new`: a new document, reading-day issue, Q&A entry or infographic, with
 * every field explained in a Vietnamese comment. Values to fill are placeholders the schemas
 * refuse (null, "YYYY-MM-DD", empty lists where one item is required), so an unfilled file fails
 * `npm run check` and the build instead of publishing a page of placeholders.
 */
import { READING_DAY_AUDIENCES } from '../reading-day/audiences.ts';
import { QA_ASKERS } from '../qa/askers.ts';

export const SCAFFOLD_KINDS = ['van-ban', 'ngay-doc', 'hoi-dap', 'infographic'] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

/** Ids from content/danh-muc.yaml, listed in the comments. */
export interface CatalogIds {
  types: string[];
  statuses: string[];
  fields: string[];
  relationTypes: string[];
}

/** Path under the content folder for a new file of `kind`; `name` as given on the command line. */
export function scaffoldPath(kind: ScaffoldKind, name: string | undefined, today: string): string {
  switch (kind) {
    case 'van-ban':
      return `van-ban/${name?.includes('/') ? name : `chua-phan-loai/${name ?? 'van-ban-moi'}`}.md`;
    case 'ngay-doc':
      return `ngay-doc/${name ?? nextMonth(today)}.md`;
    case 'hoi-dap':
      return `hoi-dap/${name ?? 'cau-hoi-moi'}.md`;
    case 'infographic':
      return `infographic/${name ?? 'infographic-moi'}.md`;
  }
}

/**
 * The name scaffoldPath and badName take, from the name as typed: with or without ".md", and
 * relative to the content folder or to the kind's folder ("van-ban/dien-bien/15-kh-tu-2026.md"
 * → "dien-bien/15-kh-tu-2026").
 */
export function scaffoldName(kind: ScaffoldKind, typed: string): string {
  const name = typed.replace(/\\/g, '/').replace(/\.md$/i, '');
  return name.startsWith(`${kind}/`) ? name.slice(kind.length + 1) : name;
}

/** Why a name cannot be used, or null. */
export function badName(kind: ScaffoldKind, name: string): string | null {
  const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  if (kind === 'ngay-doc') return /^\d{4}-(0[1-9]|1[0-2])$/.test(name) ? null : `tên số ngày đọc là tháng của số, dạng YYYY-MM, ví dụ 2027-01 (nhận được "${name}")`;
  if (kind === 'van-ban') return name.split('/').every((p) => slug.test(p)) ? null : `tên văn bản là <tỉnh>/<tên tệp>, chữ thường không dấu nối bằng "-", ví dụ dien-bien/15-kh-tu-2026 (nhận được "${name}")`;
  return slug.test(name) ? null : `tên tệp là đường dẫn của trang: chữ thường không dấu, nối bằng "-", ví dụ ngay-doc-van-ban-la-gi (nhận được "${name}")`;
}

export function scaffoldTemplate(kind: ScaffoldKind, ids: CatalogIds, month: string): string {
  switch (kind) {
    case 'van-ban':
      return documentTemplate(ids);
    case 'ngay-doc':
      return readingDayTemplate(month);
    case 'hoi-dap':
      return qaTemplate(ids);
    case 'infographic':
      return infographicTemplate(ids);
  }
}

/** What to do after writing, printed by the command. */
export function nextSteps(kind: ScaffoldKind): string[] {
  const common = ['Điền các dòng có "TODO" (giá trị null, "YYYY-MM-DD" hay danh sách trống là chỗ cần điền).', 'Chạy "npm run check": mọi chỗ chưa điền hoặc điền sai được báo từng dòng.', 'Xem trước bằng "npm run dev".'];
  if (kind === 'van-ban') return ['Nhận văn bản dạng Word hay chữ chép từ PDF? "npm run import -- <tệp>" điền sẵn phần lớn các trường.', 'Chuyển tệp vào thư mục của tỉnh (content/van-ban/<tỉnh>/) và đặt tên theo số, năm, ví dụ 15-kh-tu-2026.md.', ...common];
  return common;
}

function documentTemplate(ids: CatalogIds): string {
  return `---
# Văn bản mới. Chép đúng như văn bản gốc (không diễn giải); trường nào văn bản không ghi thì để null.
# Nhận văn bản dạng Word hay chữ chép từ PDF? "npm run import -- <tệp>" sẽ điền sẵn phần lớn các trường.
number: null  # số, ký hiệu như trong văn bản, trong dấu nháy, ví dụ "08-CT/TU"; để null nếu văn bản không ghi số
type: null  # TODO loại văn bản, một trong: ${ids.types.join(', ')}
title: null  # TODO trích yếu như trong văn bản, trong dấu nháy, thường bắt đầu bằng "về …"
issuer: null  # TODO cơ quan ban hành: tên tệp trong content/co-quan/ (không có đuôi .yaml), ví dụ ban-thuong-vu-tinh-uy-dien-bien
issued: "YYYY-MM-DD"  # TODO ngày ban hành, dạng "2026-02-23" trong dấu nháy; null nếu văn bản không ghi ngày
signer:  # khối chữ ký; ghi "signer: null" nếu văn bản không có chữ ký
  onBehalfOf: null  # dòng thay mặt, ví dụ "T/M Ban Thường vụ"; null nếu không có
  title: null  # chức vụ người ký, ví dụ "Bí thư"
  name: null  # họ tên người ký
status: null  # TODO tình trạng hiệu lực, một trong: ${ids.statuses.join(', ')}
effective: null  # ngày có hiệu lực "YYYY-MM-DD", nếu biết
expires: null  # ngày hết hiệu lực "YYYY-MM-DD", nếu biết (không trước ngày có hiệu lực)
fields: []  # lĩnh vực, ví dụ [xay-dung-phap-luat, thi-hanh-phap-luat]; các mã: ${ids.fields.join(', ')}
relations: []  # văn bản liên quan; mỗi văn bản một mục như sau (bỏ dấu # và thay [] bằng các mục):
#  - type: thuc-hien        # loại quan hệ: ${ids.relationTypes.join(', ')}
#    number: "66-NQ/TW"     # số, ký hiệu của văn bản kia, như được viết
#    issued: "2025-04-30"   # ngày của văn bản kia, nếu văn bản này ghi
#    at: "muc-1"            # mục của văn bản này nhắc tới văn bản kia (neo trên trang), nếu có
recipients: []  # nơi nhận, mỗi dòng một nơi, chép nguyên văn, ví dụ:
#  - "Văn phòng Trung ương Đảng (để b/c),"
copyCode: null  # ký hiệu bản in ở cuối văn bản (ví dụ "NguyenHungCuong-222"), nếu có
summary: null  # TODO tóm tắt 2–3 câu bằng lời thường cho người dân, trong dấu nháy (hoặc xóa dòng này)
# attachment: "/tep/15-kh-tu-2026.pdf"  # tệp gốc (PDF) đặt trong public/, nếu có (bỏ dấu # khi dùng)
---

TODO: chép nội dung văn bản vào đây, mỗi đoạn cách nhau một dòng trống. Mục đánh số bắt đầu đoạn bằng số của nó: "1\\. …" (dấu \\ để không thành danh sách), "2.1. …", "(1) …". Chú thích: \`văn bản[^1]\` và ở cuối \`[^1]: lời chú thích\`. Phụ lục bắt đầu bằng dòng "## PHỤ LỤC"; bảng nhiệm vụ có các cột STT, Nội dung, Chủ trì, Thời gian hoàn thành (xem README, mục "Adding a document").
`;
}

function readingDayTemplate(month: string): string {
  return `---
# Một số "Ngày đọc văn bản quy phạm pháp luật". Mọi ý chính, câu hỏi, đáp án phải kiểm chứng được với mục đã đọc.
month: "${month}"  # tháng của số này, dạng "YYYY-MM", trùng tên tệp
date: "YYYY-MM-DD"  # TODO ngày sinh hoạt, thuộc tháng trên, ví dụ "${month}-20"
theme: null  # TODO chủ đề của tháng, một dòng, trong dấu nháy
audience: []  # TODO đối tượng (ít nhất một): ${READING_DAY_AUDIENCES.map((a) => `${a.id} (${a.label})`).join(', ')}
readings:  # văn bản và các mục cần đọc, theo thứ tự đọc
  - document: null  # TODO văn bản: đường dẫn dưới content/van-ban/, không kèm ".md", ví dụ "dien-bien/08-ct-tu-2026"
    anchors: []  # TODO các mục cần đọc (neo trên trang văn bản), ví dụ [muc-4-3, bang-nv-8]
    note: null  # vì sao đọc các mục này, cần chú ý gì (hoặc xóa dòng này)
keyPoints:  # ý chính bằng lời thường; trích nguyên văn trong ngoặc kép và ghi mục, ví dụ "(mục 4.3)"
  - null  # TODO
questions: []  # câu hỏi thảo luận, mỗi câu một dòng: - "…"
quiz: []  # trắc nghiệm ngắn; mỗi câu một mục như sau (bỏ dấu # và thay [] bằng các mục):
#  - question: "…"
#    options: ["…", "…", "…"]   # từ 2 đến 5 phương án
#    answer: 0                  # số thứ tự phương án đúng, đếm từ 0
#    explanation: "…"           # vì sao đúng, trích văn bản
#    cites: { document: "dien-bien/08-ct-tu-2026", anchor: "muc-4-3" }
# leaderNotes: |               # ghi chú cho người chủ trì (Markdown), nếu cần
#   …
---
`;
}

function qaTemplate(ids: CatalogIds): string {
  return `---
# Một câu hỏi đáp pháp luật. Câu trả lời chỉ nói điều văn bản nói, trích nguyên văn mục làm căn cứ.
question: null  # TODO câu hỏi như người hỏi đặt ra, trong dấu nháy
asker: null  # TODO ai hỏi, một trong: ${QA_ASKERS.map((a) => `${a.id} (${a.label})`).join(', ')}
fields: []  # TODO lĩnh vực (ít nhất một): ${ids.fields.join(', ')}
basis:  # căn cứ: văn bản và mục câu trả lời dựa vào, quan trọng nhất trước
  - document: null  # TODO đường dẫn văn bản dưới content/van-ban/, không kèm ".md", ví dụ "dien-bien/08-ct-tu-2026"
    anchor: null  # TODO mục trên trang văn bản, ví dụ "muc-4-3", "bang-nv-8"
date: "YYYY-MM-DD"  # ngày viết hoặc kiểm tra lại câu trả lời (hoặc xóa dòng này)
---

TODO: câu trả lời bằng lời thường. Trích nguyên văn mục làm căn cứ bằng dấu ">" ở đầu dòng; nói rõ điều văn bản không nêu.
`;
}

function infographicTemplate(ids: CatalogIds): string {
  return `---
# Một infographic vẽ từ văn bản. Mọi con số, ngày, tên cơ quan lấy nguyên từ các văn bản nguồn.
title: null  # TODO tiêu đề, tối đa 110 ký tự, trong dấu nháy
summary: null  # TODO một hai câu nói hình vẽ cho thấy gì (tối đa 400 ký tự)
sources:  # văn bản nguồn, quan trọng nhất trước
  - document: null  # TODO đường dẫn văn bản dưới content/van-ban/, không kèm ".md", ví dụ "dien-bien/08-ct-tu-2026"
    anchor: null  # TODO mục trên trang văn bản, ví dụ "muc-2"; xóa dòng này nếu dùng cả văn bản
fields: []  # lĩnh vực: ${ids.fields.join(', ')}
date: "YYYY-MM-DD"  # TODO ngày làm hoặc kiểm tra lại với văn bản nguồn
---

## TODO: tiêu đề mục

Các khối vẽ: so-lieu (số liệu), moc-thoi-gian (mốc thời gian), cac-buoc (các bước), ai-lam-gi (bảng ai làm gì); xem src/lib/infographic/parse.ts.

\`\`\`so-lieu
- 0 | TODO: số liệu và nội dung, lấy nguyên từ văn bản nguồn
\`\`\`
`;
}

function nextMonth(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
