/**
 * The content model: every frontmatter and data file is checked against these schemas, by
 * `npm run check`, by the build's pre-flight, and by Astro's content collections (which import
 * them from here, so there is one definition). Types are inferred, never written twice.
 *
 * Dates are ISO strings ("2026-02-23") read from the raw text: YAML is parsed without its
 * timestamp type, so an impossible date such as "2026-02-30" is reported as such instead of
 * silently becoming 2 March.
 */
import { z } from 'zod';
import { daysOfMonth, isValidYmd, lastDayOfMonth, parseDmy, parseIsoDate, ymd } from '../dates.ts';
import { READING_DAY_AUDIENCES, type ReadingDayAudienceId } from '../reading-day/audiences.ts';
import { PLACEHOLDERS, templateProblem } from '../feedback.ts';
import { QA_ASKERS, type QaAskerId } from '../qa/askers.ts';

/** A calendar date written YYYY-MM-DD that exists (no 30 February). */
export const isoDate = z
  .string({ error: 'cần một ngày dạng "YYYY-MM-DD" (trong dấu nháy), ví dụ "2026-02-23"' })
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s), { error: (i) => notIsoDate(String(i.input)) })
  .refine((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s) || parseIsoDate(s) !== null, {
    error: (i) => `ngày "${String(i.input)}" không tồn tại trong lịch; ${realDateExpected(String(i.input))}`,
  });

/**
 * A date not written "YYYY-MM-DD". Editors copy dates as documents print them, dd/mm/yyyy: give
 * that date converted, or say it is not on the calendar.
 */
function notIsoDate(s: string): string {
  const dmy = parseDmy(s);
  if (!dmy) return `"${s}" không đúng dạng ngày; cần "YYYY-MM-DD", ví dụ "2026-02-23"`;
  const { y, m, d } = dmy;
  if (!isValidYmd(y, m, d)) {
    const example = m >= 1 && m <= 12 && y >= 1 ? ymd(y, m, lastDayOfMonth(y, m)) : '2026-02-23';
    return `"${s}" viết theo kiểu ngày/tháng/năm, và ngày đó không tồn tại trong lịch (${daysOfMonth(y, m)}); cần một ngày có thật dạng "YYYY-MM-DD", ví dụ "${example}"`;
  }
  return `"${s}" viết theo kiểu ngày/tháng/năm; cần dạng "YYYY-MM-DD", tức là "${ymd(y, m, d)}"`;
}

/** What a real date looks like next to an impossible "YYYY-MM-DD": the month's range, or its last day. */
function realDateExpected(s: string): string {
  const [y = '', m = ''] = s.split('-');
  const [year, month] = [Number(y), Number(m)];
  const expected = 'cần một ngày có thật dạng "YYYY-MM-DD"';
  if (month < 1 || month > 12) return `${expected} (tháng từ 01 đến 12)`;
  if (year < 1) return `${expected} (năm từ 0001)`;
  const last = lastDayOfMonth(year, month);
  return `${expected} (tháng ${m}/${y} có ${last} ngày, ngày cuối tháng là "${y}-${m}-${last}")`;
}

/**
 * An identifier used in file names and references: lowercase ASCII words joined by hyphens.
 * `what` names the list it comes from and `example` is one of its real ids, so a wrong status is
 * not answered with a type ("chi-thi").
 */
export const idOf = (what: string, example: string) =>
  z
    .string({ error: `cần ${what} (chữ thường không dấu, nối bằng "-"), ví dụ "${example}"` })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: (i) => `"${String(i.input)}" không phải một mã; cần ${what}: chữ thường không dấu, nối bằng "-", ví dụ "${example}"` });

const typeId = idOf('mã loại văn bản trong content/danh-muc.yaml (types)', 'chi-thi');
const statusId = idOf('mã tình trạng hiệu lực trong content/danh-muc.yaml (statuses)', 'con-hieu-luc');
const fieldId = idOf('mã lĩnh vực trong content/danh-muc.yaml (fields)', 'thi-hanh-phap-luat');
const relationTypeId = idOf('mã loại quan hệ trong content/danh-muc.yaml (relationTypes)', 'thuc-hien');
const organizationId = idOf('mã cơ quan (tên tệp trong content/co-quan/, không có đuôi .yaml)', 'ban-thuong-vu-tinh-uy-dien-bien');

const text = (what: string) => z.string({ error: `cần ${what} (chuỗi ký tự)` }).trim().min(1, { error: `${what} không được để trống` });

/** Who signed, as printed in the signature block. */
export const signerSchema = z
  .object({
    /** "T/M Ban Thường vụ" (on behalf of the collective), or null. */
    onBehalfOf: text('"thay mặt"').nullable(),
    /** The signer's title, e.g. "Bí thư", "Phó Bí thư Thường trực". */
    title: text('chức vụ người ký').nullable(),
    /** The signer's name as printed. */
    name: text('họ tên người ký').nullable(),
  })
  .strict();

/** A relation from this document to another, named by its number. */
export const relationSchema = z
  .object({
    /** Relation type id from content/danh-muc.yaml `relationTypes` (e.g. "thuc-hien", "dan-chieu"). */
    type: relationTypeId,
    /** The other document's number exactly as written ("66-NQ/TW"). */
    number: text('số, ký hiệu của văn bản liên quan'),
    /** The other document's date, when the text states it: disambiguates numbers reused across terms. */
    issued: isoDate.nullable().optional(),
    /** The other document's issuer id, when the number alone is ambiguous. */
    issuer: organizationId.optional(),
    /** Anchor of the part of this document that makes the citation (e.g. "muc-1"). */
    at: z.string().regex(/^[a-z0-9-]+$/, { error: 'cần tên neo như "muc-2-1"' }).optional(),
    /** Provision of the other document concerned, e.g. "khoản 2 Điều 8". */
    provision: text('điều khoản').optional(),
  })
  .strict();

/** Frontmatter of a document (content/van-ban/**.md). */
export const documentSchema = z
  .object({
    /** Số, ký hiệu exactly as written ("08-CT/TU"); null when the document states none. */
    number: text('số, ký hiệu').nullable(),
    /** Document type id from content/danh-muc.yaml `types` ("chi-thi"). */
    type: typeId,
    /** Trích yếu as written, usually starting with "về …". */
    title: text('trích yếu'),
    /** Issuing body: id of a file in content/co-quan/. */
    issuer: organizationId,
    /** Date issued; null when the document states none. */
    issued: isoDate.nullable(),
    /** Signature block; null when there is none. */
    signer: signerSchema.nullable(),
    /** Status of effect: id from content/danh-muc.yaml `statuses`. */
    status: statusId,
    /** Date the document takes effect, when known. */
    effective: isoDate.nullable().optional(),
    /** Date the document ceases to have effect, when known. Must not precede `effective`. */
    expires: isoDate.nullable().optional(),
    /** Fields (lĩnh vực): ids from content/danh-muc.yaml `fields`. */
    fields: z.array(fieldId).default([]),
    /** Documents this one implements, cites, amends, replaces, repeals… */
    relations: z.array(relationSchema).default([]),
    /** "Nơi nhận" lines as written (inline Markdown allowed). */
    recipients: z.array(text('một dòng nơi nhận')).default([]),
    /** Typist / number-of-copies code printed at the foot (not an author). */
    copyCode: text('ký hiệu bản').nullable().optional(),
    /** A short plain-language summary for the public. */
    summary: text('tóm tắt').optional(),
    /** Path of the original file under public/ (e.g. "/tep/08-ct-tu.pdf"). */
    attachment: z.string().regex(/^\/[^\s]*$/, { error: 'cần đường dẫn bắt đầu bằng "/" tới tệp trong public/' }).optional(),
  })
  .strict()
  .refine((d) => !d.effective || !d.expires || d.expires >= d.effective, {
    error: 'ngày hết hiệu lực (expires) không được trước ngày có hiệu lực (effective)',
    path: ['expires'],
  });

/** An organization: issuer, agency named in task tables, or cited body (content/co-quan/*.yaml). */
export const organizationSchema = z
  .object({
    /** Full official name. */
    name: text('tên cơ quan'),
    /** Short name for lists and badges. */
    shortName: text('tên viết tắt'),
    /**
     * Kind of body (to-chuc-dang, co-quan-dang, hdnd, ubnd, so-nganh, mat-tran, doan-the, bao-chi,
     * trung-uong), or cap-xa: the communes and wards of a province taken together, a record whose
     * page gathers the tasks given to "các địa phương" and the like (see includedIn).
     */
    kind: z.enum(['to-chuc-dang', 'co-quan-dang', 'hdnd', 'ubnd', 'so-nganh', 'mat-tran', 'doan-the', 'bao-chi', 'trung-uong', 'cap-xa'], {
      error: 'cần một trong: to-chuc-dang, co-quan-dang, hdnd, ubnd, so-nganh, mat-tran, doan-the, bao-chi, trung-uong, cap-xa',
    }),
    /** Province the body belongs to; null for central bodies. */
    province: text('tỉnh').nullable(),
    /** Issuer code used in document numbers ("TU", "TW"), if any. */
    code: text('mã cơ quan').nullable().optional(),
    /** First day of existence (e.g. after the 2025 merger), when relevant. */
    validFrom: isoDate.nullable().optional(),
    /** Last day of existence, when it was merged or dissolved. */
    validUntil: isoDate.nullable().optional(),
    /** Ids of bodies this one replaced. */
    predecessors: z.array(organizationId).default([]),
    /** Other spellings as written in task tables, matched within the same province. */
    aliases: z.array(text('tên gọi khác')).default([]),
    /**
     * General names in task tables, as written, that include this body ("các địa phương", "Các
     * sở, ban, ngành liên quan"), matched within the same province: the tasks given to them are
     * listed on its task page and in its calendar as given in common ("giao chung").
     */
    includedIn: z.array(text('tên chung trong bảng nhiệm vụ')).default([]),
  })
  .strict();

/** A cited document that is not in the corpus: shown as a citation, never as a page (content/trich-dan.yaml). */
export const citationSchema = z
  .object({
    number: text('số, ký hiệu'),
    type: typeId,
    issued: isoDate.nullable(),
    /** Organization id, when there is a record for the issuer. */
    issuer: organizationId.nullable().optional(),
    /** Issuer name as written, when there is no record. */
    issuerName: text('tên cơ quan ban hành').nullable().optional(),
    /** Trích yếu as the citing text states it; null when it states none. */
    title: text('trích yếu').nullable(),
  })
  .strict();

/** A catalogue entry; `id` is what content files write (the example is one of its kind). */
const named = (id: z.ZodType<string>) => z.object({ id, name: text('tên') }).strict();

/** The data-driven lists (content/danh-muc.yaml). */
export const catalogSchema = z
  .object({
    /** Document types; Party and State number codes where they apply. */
    types: z.array(named(typeId).extend({ partyCode: z.string().nullable().optional(), stateCode: z.string().nullable().optional() }).strict()).min(1),
    /** Status-of-effect categories, in display order. */
    statuses: z.array(named(statusId)).min(1),
    /** Fields (lĩnh vực). */
    fields: z.array(named(fieldId)).min(1),
    /** Relation types with the label shown on each side. */
    relationTypes: z.array(z.object({ id: relationTypeId, active: text('nhãn chiều thuận'), passive: text('nhãn chiều nghịch') }).strict()).min(1),
  })
  .strict();

// ——— Góp ý: kênh tiếp nhận phản ánh vướng mắc (content/cau-hinh.yaml `feedback`) ———

/**
 * A link template: https:, mailto: or tel:, with optional placeholders filled in per document
 * and part (see src/lib/feedback.ts).
 */
const feedbackUrl = z
  .string({ error: `cần một địa chỉ https:, mailto: hoặc tel: (có thể chứa ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')})` })
  .refine((s) => templateProblem(s) === null, { error: (i) => templateProblem(String(i.input)) ?? '' });

/**
 * The province's channels for reporting difficulties met when applying a document (Chỉ thị
 * 08-CT/TU, phụ lục, dòng 10). The site stores nothing: every channel belongs to the province.
 */
export const feedbackSchema = z
  .object({
    /** Online forms, the first one is what "Phản ánh vướng mắc" links open. */
    forms: z
      .array(
        z
          .object({
            /** Name shown on /gop-y/ ("Cổng dịch vụ công của tỉnh"). */
            name: text('tên biểu mẫu'),
            /**
             * Address template: https:, mailto: or tel:, with the placeholders {so_hieu} (document
             * number), {trich_yeu} (type and title), {duong_dan} (absolute page address, with
             * "#<anchor>" for a part) and {muc} (the part's anchor), each URL-encoded when filled in.
             */
            url: feedbackUrl,
          })
          .strict(),
      )
      .default([]),
    /** E-mail address that receives reports; used by the links when there is no form. */
    email: z.email({ error: 'cần một địa chỉ thư điện tử, ví dụ "phapche@example.gov.vn"' }).optional(),
    /** Hotline as written for people ("0215 3 xxx xxx"); linked as tel:. */
    hotline: z
      .string({ error: 'cần số điện thoại (chuỗi ký tự)' })
      .regex(/^\+?[0-9][0-9 .()-]{2,24}$/, { error: (i) => `"${String(i.input)}" không phải số điện thoại; chỉ gồm chữ số, khoảng trắng, dấu chấm, gạch nối, ngoặc và "+" ở đầu` })
      .optional(),
    /** Postal address for written reports. */
    address: text('địa chỉ gửi thư').optional(),
    /** Reception hours ("Sáng thứ Hai đến thứ Sáu, 7h30–11h30"). */
    hours: text('thời gian tiếp nhận').optional(),
    /** Public dialogue conferences with people and businesses (Chỉ thị 08-CT/TU, mục 4.4; phụ lục, dòng 9). */
    dialogues: z
      .array(
        z
          .object({
            /** Day of the conference. */
            date: isoDate,
            /** What it is ("Hội nghị đối thoại với doanh nghiệp năm 2026"). */
            title: text('tên hội nghị'),
            /** Where it takes place. */
            place: text('địa điểm'),
          })
          .strict(),
      )
      .default([]),
  })
  .strict()
  .refine((f) => f.forms.length > 0 || !!f.email, {
    error: 'cần ít nhất một biểu mẫu (forms) hoặc địa chỉ thư điện tử (email) để người dân gửi phản ánh',
    path: ['forms'],
  });

export type FeedbackConfig = z.infer<typeof feedbackSchema>;

/** Portal configuration (content/cau-hinh.yaml). */
export const configSchema = z
  .object({
    /** Portal name shown in the header and titles. */
    name: text('tên cổng'),
    /** Who runs the portal, e.g. "Sở Tư pháp tỉnh …". */
    owner: text('đơn vị quản lý'),
    /** One sentence describing the portal. */
    description: text('mô tả'),
    /** Absolute URL of the site root, without the base path ("https://phapluat.example.gov.vn"). */
    siteUrl: z.url({ protocol: /^https?$/, error: 'cần một địa chỉ http(s) tuyệt đối, ví dụ "https://phapluat.tinh.gov.vn"' }),
    /** Fixed "as of" date for task statuses (reproducible builds); null means the build date. */
    asOf: isoDate.nullable().optional(),
    /** Channels for reporting difficulties ("Góp ý", /gop-y/); without it no feedback links are shown. */
    feedback: feedbackSchema.optional(),
  })
  .strict();

/** Progress records of one document's tasks (content/tien-do/*.yaml). */
export const progressFileSchema = z
  .object({
    /** Id of the document (its path under content/van-ban/ without ".md"). */
    document: text('mã văn bản'),
    records: z
      .array(
        z
          .object({
            /** Task label as written in the table ("8." or "(1)"). */
            ref: text('số thứ tự nhiệm vụ'),
            /** Day reported done. */
            done: isoDate,
            /** Link to the report (https only). */
            report: z.url({ protocol: /^https$/, error: 'cần một địa chỉ https' }).nullable().optional(),
            note: text('ghi chú').nullable().optional(),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export type DocumentData = z.infer<typeof documentSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type Organization = z.infer<typeof organizationSchema> & { id: string };
export type Citation = z.infer<typeof citationSchema>;
export type Catalog = z.infer<typeof catalogSchema>;
export type PortalConfig = z.infer<typeof configSchema>;
export type ProgressFile = z.infer<typeof progressFileSchema>;

// ——— Ngày đọc văn bản quy phạm pháp luật (content/ngay-doc/<yyyy-mm>.md) ———

/** An anchor of a part of a document page, as in its URL: "muc-4-3", "nhiem-vu-1", "bang-nv-8". */
const anchorName = z
  .string({ error: 'cần tên neo như "muc-4-3"' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: (i) => `"${String(i.input)}" không phải tên neo; cần dạng "muc-4-3", "nhiem-vu-1", "bang-nv-8" (không kèm "#")` });

/** A document on the portal, named by its path under content/van-ban/ without ".md". */
const documentPath = text('mã văn bản (đường dẫn dưới content/van-ban/, không kèm ".md")');

/** One document to read in a session, and which of its parts. */
export const readingSchema = z
  .object({
    /** The document: its path under content/van-ban/ without ".md" ("dien-bien/08-ct-tu-2026"). */
    document: documentPath,
    /** Anchors of the parts to read, in reading order; each must exist on the document page. */
    anchors: z.array(anchorName).min(1, { error: 'cần ít nhất một mục để đọc' }),
    /** Why these parts, or what to pay attention to (plain language). */
    note: text('ghi chú').optional(),
  })
  .strict();

/** One multiple-choice question of the short quiz. */
export const quizQuestionSchema = z
  .object({
    question: text('câu hỏi'),
    /** The choices, 2 to 5, in the order shown. */
    options: z
      .array(text('phương án'))
      .min(2, { error: 'cần từ 2 đến 5 phương án' })
      .max(5, { error: 'cần từ 2 đến 5 phương án' }),
    /** Index of the right option, counted from 0 (the first option is 0). */
    answer: z
      .number({ error: 'cần số thứ tự của phương án đúng, đếm từ 0' })
      .int({ error: 'cần số thứ tự của phương án đúng, đếm từ 0' })
      .min(0, { error: 'cần số thứ tự của phương án đúng, đếm từ 0' }),
    /** Why that option is right, quoting the text it rests on. */
    explanation: text('giải thích'),
    /** The part of a document the answer rests on. */
    cites: z.object({ document: documentPath, anchor: anchorName }).strict(),
  })
  .strict()
  .refine((q) => q.answer < q.options.length, {
    error: (i) => {
      const q = i.input as { answer: number; options: unknown[] };
      return `đáp án ${q.answer} không có: câu hỏi có ${q.options.length} phương án, đánh số từ 0 đến ${q.options.length - 1}`;
    },
    path: ['answer'],
  });

/** Frontmatter of one monthly issue of the legal reading day. */
export const readingDaySchema = z
  .object({
    /** The month of the issue, "YYYY-MM"; the file is named after it (content/ngay-doc/2026-12.md). */
    month: z
      .string({ error: 'cần tháng dạng "YYYY-MM" (trong dấu nháy), ví dụ "2026-12"' })
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: (i) => `"${String(i.input)}" không đúng dạng tháng; cần "YYYY-MM", ví dụ "2026-12"` }),
    /** Day of the session (a date the portal's editors propose, not one set by the directives). */
    date: isoDate,
    /** Theme of the month, one line. */
    theme: text('chủ đề'),
    /** Who the issue is for: ids from src/lib/reading-day/audiences.ts. */
    audience: z
      .array(
        z.enum(READING_DAY_AUDIENCES.map((a) => a.id) as [ReadingDayAudienceId, ...ReadingDayAudienceId[]], {
          error: `cần một trong: ${READING_DAY_AUDIENCES.map((a) => a.id).join(', ')}`,
        }),
      )
      .min(1, { error: 'cần ít nhất một đối tượng' }),
    /** Documents and parts to read, in order. */
    readings: z.array(readingSchema).min(1, { error: 'cần ít nhất một văn bản để đọc' }),
    /** The key points in plain language, each checkable against the parts read. */
    keyPoints: z.array(text('ý chính')).min(1, { error: 'cần ít nhất một ý chính' }),
    /** Questions for discussion. */
    questions: z.array(text('câu hỏi thảo luận')).default([]),
    /** A short quiz. */
    quiz: z.array(quizQuestionSchema).default([]),
    /** Notes for the person leading the session (Markdown). */
    leaderNotes: text('ghi chú cho người chủ trì').optional(),
  })
  // That `date` falls in `month`, and both in the month the file is named after, is checked by
  // reading-day.ts, which knows the file name: a day in another month means either is wrong.
  .strict();

export type ReadingDayData = z.infer<typeof readingDaySchema>;
export type QuizQuestionData = z.infer<typeof quizQuestionSchema>;

// ——— Hỏi đáp pháp luật (content/hoi-dap/<slug>.md) ———

/** A part of a document an answer rests on. */
export const qaBasisSchema = z
  .object({
    /** The document: its path under content/van-ban/ without ".md" ("dien-bien/08-ct-tu-2026"). */
    document: text('mã văn bản (đường dẫn dưới content/van-ban/, không kèm ".md")'),
    /** Anchor of the part on the document page ("muc-4-3", "nhiem-vu-1", "bang-nv-8"); must exist there. */
    anchor: z
      .string({ error: 'cần tên neo như "muc-4-3"' })
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: (i) => `"${String(i.input)}" không phải tên neo; cần dạng "muc-4-3", "nhiem-vu-1", "bang-nv-8" (không kèm "#")` }),
  })
  .strict();

/** Frontmatter of one legal Q&A entry; the body is the answer in plain Vietnamese, quoting its basis. */
export const qaSchema = z
  .object({
    /** The question as a citizen, business or official would ask it. */
    question: text('câu hỏi'),
    /** Who asks: an id from src/lib/qa/askers.ts. */
    asker: z.enum(QA_ASKERS.map((a) => a.id) as [QaAskerId, ...QaAskerId[]], {
      error: `cần một trong: ${QA_ASKERS.map((a) => a.id).join(', ')}`,
    }),
    /** Fields (lĩnh vực): ids from content/danh-muc.yaml `fields`. */
    fields: z.array(fieldId).min(1, { error: 'cần ít nhất một lĩnh vực' }),
    /** The documents and parts the answer rests on, most important first. */
    basis: z.array(qaBasisSchema).min(1, { error: 'cần ít nhất một căn cứ (văn bản và mục)' }),
    /** Day the answer was written or last checked. */
    date: isoDate.optional(),
  })
  .strict();

export type QaData = z.infer<typeof qaSchema>;

// ---- Infographics (content/infographic/<slug>.md) ------------------------------------------

/** A document an infographic draws on, and optionally the part of it. */
export const infographicSourceSchema = z
  .object({
    /** The document: its path under content/van-ban/ without ".md" ("dien-bien/08-ct-tu-2026"). */
    document: text('mã văn bản (đường dẫn dưới content/van-ban/, không kèm ".md")'),
    /** Anchor of the part on the document page ("muc-2", "nhiem-vu-1", "bang-nv-8"); must exist there. Whole document when absent. */
    anchor: z
      .string({ error: 'cần tên neo như "muc-2"' })
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: (i) => `"${String(i.input)}" không phải tên neo; cần dạng "muc-2", "nhiem-vu-1", "bang-nv-8" (không kèm "#")` })
      .optional(),
  })
  .strict();

/** Frontmatter of an infographic; the body holds its blocks (see src/lib/infographic/parse.ts). */
export const infographicSchema = z
  .object({
    /** Title, drawn at the top and used as the SVG's <title>. Short: it is read on a phone. */
    title: text('tiêu đề').pipe(z.string().max(110, { error: 'tiêu đề dài quá 110 ký tự; hãy rút gọn' })),
    /** One or two sentences saying what the picture shows: the SVG's <desc> and the gallery text. */
    summary: text('tóm tắt').pipe(z.string().max(400, { error: 'tóm tắt dài quá 400 ký tự; hãy rút gọn' })),
    /** The documents and parts every figure, date and name is taken from, most important first. */
    sources: z.array(infographicSourceSchema).min(1, { error: 'cần ít nhất một văn bản nguồn' }),
    /** Fields (lĩnh vực): ids from content/danh-muc.yaml `fields`. */
    fields: z.array(fieldId).default([]),
    /** Day the infographic was made or last checked against its sources. */
    date: isoDate,
  })
  .strict();

export type InfographicData = z.infer<typeof infographicSchema>;
