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
import { parseIsoDate } from '../dates.ts';

/** A calendar date written YYYY-MM-DD that exists (no 30 February). */
export const isoDate = z
  .string({ error: 'cần một ngày dạng "YYYY-MM-DD" (trong dấu nháy), ví dụ "2026-02-23"' })
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s), {
    error: (i) => `"${String(i.input)}" không đúng dạng ngày; cần "YYYY-MM-DD", ví dụ "2026-02-23"`,
  })
  .refine((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s) || parseIsoDate(s) !== null, {
    error: (i) => `ngày "${String(i.input)}" không tồn tại trong lịch`,
  });

/** An identifier used in file names and references: lowercase ASCII words joined by hyphens. */
export const idString = z
  .string({ error: 'cần một mã (chữ thường không dấu, nối bằng "-")' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'cần một mã chữ thường không dấu, nối bằng "-", ví dụ "chi-thi"' });

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
    type: idString,
    /** The other document's number exactly as written ("66-NQ/TW"). */
    number: text('số, ký hiệu của văn bản liên quan'),
    /** The other document's date, when the text states it: disambiguates numbers reused across terms. */
    issued: isoDate.nullable().optional(),
    /** The other document's issuer id, when the number alone is ambiguous. */
    issuer: idString.optional(),
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
    type: idString,
    /** Trích yếu as written, usually starting with "về …". */
    title: text('trích yếu'),
    /** Issuing body: id of a file in content/co-quan/. */
    issuer: idString,
    /** Date issued; null when the document states none. */
    issued: isoDate.nullable(),
    /** Signature block; null when there is none. */
    signer: signerSchema.nullable(),
    /** Status of effect: id from content/danh-muc.yaml `statuses`. */
    status: idString,
    /** Date the document takes effect, when known. */
    effective: isoDate.nullable().optional(),
    /** Date the document ceases to have effect, when known. Must not precede `effective`. */
    expires: isoDate.nullable().optional(),
    /** Fields (lĩnh vực): ids from content/danh-muc.yaml `fields`. */
    fields: z.array(idString).default([]),
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
    /** Kind of body (to-chuc-dang, co-quan-dang, hdnd, ubnd, so-nganh, mat-tran, doan-the, bao-chi, trung-uong). */
    kind: z.enum(['to-chuc-dang', 'co-quan-dang', 'hdnd', 'ubnd', 'so-nganh', 'mat-tran', 'doan-the', 'bao-chi', 'trung-uong'], {
      error: 'cần một trong: to-chuc-dang, co-quan-dang, hdnd, ubnd, so-nganh, mat-tran, doan-the, bao-chi, trung-uong',
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
    predecessors: z.array(idString).default([]),
    /** Other spellings as written in task tables, matched within the same province. */
    aliases: z.array(text('tên gọi khác')).default([]),
  })
  .strict();

/** A cited document that is not in the corpus: shown as a citation, never as a page (content/trich-dan.yaml). */
export const citationSchema = z
  .object({
    number: text('số, ký hiệu'),
    type: idString,
    issued: isoDate.nullable(),
    /** Organization id, when there is a record for the issuer. */
    issuer: idString.nullable().optional(),
    /** Issuer name as written, when there is no record. */
    issuerName: text('tên cơ quan ban hành').nullable().optional(),
    /** Trích yếu as the citing text states it; null when it states none. */
    title: text('trích yếu').nullable(),
  })
  .strict();

const named = z.object({ id: idString, name: text('tên') }).strict();

/** The data-driven lists (content/danh-muc.yaml). */
export const catalogSchema = z
  .object({
    /** Document types; Party and State number codes where they apply. */
    types: z.array(named.extend({ partyCode: z.string().nullable().optional(), stateCode: z.string().nullable().optional() }).strict()).min(1),
    /** Status-of-effect categories, in display order. */
    statuses: z.array(named).min(1),
    /** Fields (lĩnh vực). */
    fields: z.array(named).min(1),
    /** Relation types with the label shown on each side. */
    relationTypes: z.array(z.object({ id: idString, active: text('nhãn chiều thuận'), passive: text('nhãn chiều nghịch') }).strict()).min(1),
  })
  .strict();

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
