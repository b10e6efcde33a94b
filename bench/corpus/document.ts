/**
 * One synthetic document: frontmatter valid against src/lib/content/schema.ts and a body shaped
 * like the real directives (introduction, lead-in, numbered parts `1\.` with sub-items `1.1.`,
 * "Tổ chức thực hiện", and for about half of them an appendix with a task table).
 */
import { addDays, addYears } from '../../src/lib/dates.ts';
import type { Random } from './random.ts';
import type { TextMaker } from './text.ts';
import { deadlinePhrase } from './deadlines.ts';

/** Who issued a document and where its file goes. */
export interface Issuer {
  id: string;
  /** Province as printed ("Điện Biên"). */
  province: string;
  /** Folder under content/van-ban/. */
  dir: string;
}

/** What is decided about a document before its text is written (numbers need the whole list). */
export interface Plan {
  issuer: Issuer;
  issued: string;
  type: { id: string; name: string; code: string };
  number: string;
  /** Path under van-ban/, with ".md". */
  path: string;
  title: string;
  /** Number of numbered parts (4–8): relations may point at any of them. */
  parts: number;
}

/** A document cited by number: another synthetic document, or one in trich-dan.yaml. */
interface Cited {
  number: string;
  issued: string;
  /** Set for synthetic documents, where the number alone repeats across issuers and years. */
  issuer?: string;
  typeName: string;
  by: string;
  title: string;
}

const NQ66: Cited = { number: '66-NQ/TW', issued: '2025-04-30', typeName: 'Nghị quyết', by: 'Bộ Chính trị', title: 'về đổi mới công tác xây dựng và thi hành pháp luật đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới' };
const QD178: Cited = { number: '178-QĐ/TW', issued: '2024-06-27', typeName: 'Quy định', by: 'Bộ Chính trị', title: 'về kiểm soát quyền lực, phòng, chống tham nhũng, tiêu cực trong công tác xây dựng pháp luật' };

const RELATION_TYPES = { 'thuc-hien': 4, 'can-cu': 2, 'dan-chieu': 2, 'sua-doi-bo-sung': 1, 'thay-the': 1 } as const;
const STATUSES = { 'con-hieu-luc': 55, 'chua-xac-dinh': 20, 'het-hieu-luc-toan-bo': 10, 'het-hieu-luc-mot-phan': 8, 'ngung-hieu-luc': 2, 'ngung-hieu-luc-mot-phan': 1 } as const;
const SIGNER_TITLES = ['Bí thư', 'Phó Bí thư Thường trực', 'Phó Bí thư'] as const;
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Lò', 'Quàng', 'Lường', 'Hà', 'Ma'] as const;
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thanh', 'Quang', 'Đăng', 'Tiến', 'Hữu', 'Thu'] as const;
const GIVEN = ['Dũng', 'Bình', 'Hùng', 'Thắng', 'Hà', 'Lan', 'Cường', 'Đạt', 'Phương', 'Tuấn', 'Sơn', 'Hương', 'Quyết', 'Đông'] as const;

const viDate = (iso: string): string => `${Number(iso.slice(8))}/${Number(iso.slice(5, 7))}/${iso.slice(0, 4)}`;
const q = (s: string): string => JSON.stringify(s);

export function writeDocument(r: Random, t: TextMaker, plan: Plan, earlier: readonly Plan[], fields: readonly string[]): { markdown: string; tasks: number } {
  const cited: { c: Cited; type: string; at: string }[] = [];
  if (plan.issued >= NQ66.issued && r.chance(0.5)) cited.push({ c: NQ66, type: 'thuc-hien', at: 'muc-1' });
  if (plan.issued >= QD178.issued && r.chance(0.15)) cited.push({ c: QD178, type: 'thuc-hien', at: 'muc-1' });
  if (earlier.length > 0 && r.chance(0.35)) {
    for (let i = r.int(1, 2); i > 0; i--) {
      const o = earlier[earlier.length - 1 - Math.min(earlier.length - 1, Math.floor(r.next() ** 2 * earlier.length))]!;
      if (cited.some((x) => x.c.number === o.number && x.c.issuer === o.issuer.id)) continue;
      const type = r.weighted(RELATION_TYPES);
      cited.push({ c: { number: o.number, issued: o.issued, issuer: o.issuer.id, typeName: o.type.name, by: 'Ban Thường vụ Tỉnh ủy', title: o.title }, type, at: type === 'dan-chieu' ? `muc-${r.int(1, plan.parts)}` : 'muc-1' });
    }
  }
  const front = frontmatter(r, t, plan, cited, fields);
  const { text, tasks } = body(r, t, plan, cited.map((x) => x.c));
  return { markdown: `---\n${front}---\n\n${text}`, tasks };
}

function frontmatter(r: Random, t: TextMaker, plan: Plan, cited: { c: Cited; type: string; at: string }[], fields: readonly string[]): string {
  const status = r.weighted(STATUSES);
  const effective = status === 'chua-xac-dinh' ? null : addDays(plan.issued, r.chance(0.7) ? 0 : r.int(1, 45));
  const expires = effective && status === 'het-hieu-luc-toan-bo' ? addYears(effective, r.int(1, 3)) : null;
  const lines = [
    `number: ${q(plan.number)}`,
    `type: ${plan.type.id}`,
    `title: ${q(plan.title)}`,
    `issuer: ${plan.issuer.id}`,
    `issued: ${q(plan.issued)}`,
    'signer:',
    `  onBehalfOf: "T/M Ban Thường vụ"`,
    `  title: ${q(r.pick(SIGNER_TITLES))}`,
    `  name: ${q(`${r.pick(FAMILY)} ${r.pick(MIDDLE)} ${r.pick(GIVEN)}`)}`,
    `status: ${status}`,
    `effective: ${effective ? q(effective) : 'null'}`,
    `expires: ${expires ? q(expires) : 'null'}`,
    `fields: [${r.sample(fields, r.int(1, 4)).join(', ')}]`,
    cited.length ? 'relations:' : 'relations: []',
    ...cited.flatMap(({ c, type, at }) => [`  - type: ${type}`, `    number: ${q(c.number)}`, `    issued: ${q(c.issued)}`, ...(c.issuer ? [`    issuer: ${c.issuer}`] : []), `    at: ${q(at)}`]),
    'recipients:',
    ...t.recipients().map((line) => `  - ${q(line)}`),
    'copyCode: null',
    ...(r.chance(0.6) ? [`summary: ${q(t.paragraph(2, 3))}`] : []),
  ];
  return `${lines.join('\n')}\n`;
}

function body(r: Random, t: TextMaker, plan: Plan, cited: Cited[]): { text: string; tasks: number } {
  const out: string[] = [t.paragraph(2, 4)];
  if (r.chance(0.5)) out.push(t.paragraph(1, 3));
  out.push(t.leadIn());
  for (let k = 1; k <= plan.parts; k++) {
    const last = k === plan.parts && r.chance(0.7);
    if (last) out.push(`${k}\\. Tổ chức thực hiện`);
    else if (k === 1 && cited.length) {
      const refs = cited.map((c) => `${c.typeName} số ${c.number}, ngày ${viDate(c.issued)} của ${c.by} ${c.title}`);
      out.push(`1\\. Tiếp tục quán triệt, triển khai hiệu quả ${refs.join('; ')}. ${t.paragraph(1, 2)}`);
    } else out.push(`${k}\\. ${t.paragraph(1, 3)}`);
    const subItems = last ? r.int(2, 5) : r.int(0, 4);
    for (let j = 1; j <= subItems; j++) out.push(`${k}.${j}. ${t.paragraph(1, 2)}`);
    if (!last && r.chance(0.2)) out.push(t.paragraph(1, 2));
  }
  out.push(`${plan.type.name} này được phổ biến đến các chi bộ.`);
  if (!r.chance(0.5)) return { text: `${out.join('\n\n')}\n`, tasks: 0 };

  const rows = r.int(3, 12);
  const paren = r.chance(0.2);
  const header = r.chance(0.7)
    ? ['STT', 'Nội dung/hoạt động cụ thể', 'Cấp ủy theo dõi chỉ đạo', 'Cấp ủy/Cơ quan chịu trách nhiệm: Chủ trì tham mưu thực hiện', 'Cấp ủy/Cơ quan chịu trách nhiệm: Phối hợp thực hiện', 'Sản phẩm/Kết quả', 'Thời gian hoàn thành']
    : ['STT', 'Nội dung', 'Cấp ủy theo dõi chỉ đạo', 'Chủ trì', 'Phối hợp', 'Sản phẩm', 'Thời gian hoàn thành'];
  const table = [`| ${header.join(' | ')} |`, `|${' --- |'.repeat(header.length)}`];
  for (let i = 1; i <= rows; i++) {
    const label = paren ? `(${i})` : `${i}.`;
    table.push(`| ${[label, ...t.taskCells(deadlinePhrase(r, plan.issued))].join(' | ')} |`);
  }
  out.push(
    '## PHỤ LỤC',
    `thực hiện ${plan.type.name} ${plan.title}`,
    `(Ban hành kèm theo ${plan.type.name} số ${plan.number}, ngày ${viDate(plan.issued)} của Ban Thường vụ Tỉnh ủy)`,
    table.join('\n'),
  );
  return { text: `${out.join('\n\n')}\n`, tasks: rows };
}
