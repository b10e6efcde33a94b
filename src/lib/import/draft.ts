/**
 * From the blocks of a received directive to a draft document: frontmatter filled where the text
 * states it, the body in the portal's Markdown, and a report of everything detected, missing and
 * changed. Pure: the content it checks against (catalog, organizations, existing documents) is
 * passed in.
 */
import type { Root, RootContent } from 'mdast';
import type { Catalog, Citation, DocumentData, Organization } from '../content/schema.ts';
import type { Block } from './blocks.ts';
import { lineTexts, plain, splitLines } from './blocks.ts';
import { bodyNodes, checkFootnotes, ANNEX_LINE } from './body.ts';
import { readCaption } from './caption.ts';
import { agencySplitter } from './agency-split.ts';
import { describeDraft } from './draft-report.ts';
import { readHeader } from './header.ts';
import { readTail, RECIPIENTS_LINE, SIGN_PREFIX, type Signer } from './tail.ts';
import { citedDocuments, type CitedDocument } from './relations.ts';
import { headerIssuerPhrases, provinceOf, resolveIssuer } from './issuer.ts';
import { emptyReport, type ImportReport } from './report.ts';
import { normalizeInline, trimInline } from './inline.ts';
import { docNumberSlug, parseDocNumber } from '../search/doc-number.ts';
import { slugify } from '../slug.ts';

/** What the importer compares the text with: read from the target content folder. */
export interface ImportContext {
  catalog: Catalog | null;
  organizations: Organization[];
  citations: Citation[];
  documents: { file: string; data: DocumentData }[];
}

export interface DraftData {
  number: string | null;
  /** null when not detected: the draft then fails `npm run check` until the editor fills it. */
  type: string | null;
  title: string | null;
  /** Organization id, or null when the text does not determine it. */
  issuer: string | null;
  issued: string | null;
  /**
   * Where the text gives an issue date that is not on the calendar ("ngày 30 tháng 02 năm 2026"):
   * the draft then has the placeholder "YYYY-MM-DD", which the check refuses, not null ("not stated").
   */
  issuedNotOnCalendar: string | null;
  signer: Signer | null;
  relations: CitedDocument[];
  recipients: string[];
  copyCode: string | null;
}

export interface Draft {
  data: DraftData;
  body: Root;
  report: ImportReport;
  /** Province of the issuer (folder under content/van-ban/), when known. */
  province: string | null;
  /** File name without ".md": "08-ct-tu-2026", or the type and trích yếu when there is no number. */
  name: string;
}

export function buildDraft(blocks: readonly Block[], ctx: ImportContext): Draft {
  const report = emptyReport();
  const warn = (m: string) => report.warnings.push(m);
  const header = readHeader(blocks, ctx.catalog?.types ?? []);

  // Where the body ends: the foot ("Nơi nhận", signature) and the appendix ("PHỤ LỤC").
  let tailStart = -1;
  let annexStart = -1;
  for (let b = header.bodyStart; b < blocks.length; b++) {
    const block = blocks[b]!;
    // A table's cells count too: Word files often set "Nơi nhận" and the signature side by side in one.
    const firsts = block.kind === 'para' ? [lineTexts(block)[0] ?? ''] : block.kind === 'table' ? (block.rows[0] ?? []).map((c) => plain(splitLines(c)[0] ?? [])) : [];
    if (ANNEX_LINE.test(firsts[0] ?? '') && block.kind === 'para') {
      annexStart = b;
      break;
    }
    if (tailStart < 0 && firsts.some((f) => RECIPIENTS_LINE.test(f) || SIGN_PREFIX.test(f))) tailStart = b;
  }
  const bodyEnd = tailStart >= 0 ? tailStart : annexStart >= 0 ? annexStart : blocks.length;
  const tailBlocks = tailStart >= 0 ? blocks.slice(tailStart, annexStart >= 0 ? annexStart : blocks.length) : [];
  // Footnotes printed at the foot of the last page belong to the body; a layout table holding
  // "Nơi nhận" and the signature side by side is read cell by cell.
  const mainBlocks = [...blocks.slice(header.bodyStart, bodyEnd), ...tailBlocks.filter((b) => b.kind === 'footnote')];
  const tail = readTail(tailBlocks.flatMap((b): Block[] => (b.kind === 'table' ? b.rows.flat().map((cell) => ({ kind: 'para', lines: splitLines(cell), where: b.where })) : [b])));

  const allText = blocks.flatMap((b) => (b.kind === 'para' ? lineTexts(b) : b.kind === 'list' ? b.items.map(plain) : b.kind === 'footnote' ? [plain(b.content)] : b.kind === 'table' ? b.rows.flat().map(plain) : [])).join('\n');
  const province = provinceOf(ctx.organizations, allText);
  const splitNames = agencySplitter(ctx.organizations, province.ok ? province.province : null);
  const main = bodyNodes(mainBlocks, { warn, splitNames });
  const annex = annexStart >= 0 ? bodyNodes(blocks.slice(annexStart), { warn, splitNames }) : { nodes: [], footnotes: [] };
  const leftovers: RootContent[] = tail.leftovers.map((l) => ({ type: 'paragraph', children: trimInline(normalizeInline(l, warn)) }));
  for (const l of tail.leftovers) warn(`dòng "${plain(l)}" ở phần cuối văn bản không phải nơi nhận hay chữ ký; đã giữ ở cuối nội dung chính`);
  const footnotes = [...main.footnotes, ...annex.footnotes].sort((a, b) => Number(a.identifier) - Number(b.identifier) || a.identifier.localeCompare(b.identifier));
  const body: Root = { type: 'root', children: [...main.nodes, ...leftovers, ...footnotes, ...annex.nodes] };
  checkFootnotes(body, warn);

  // Number and date: the header, else the appendix caption ("Ban hành kèm theo Chỉ thị số …, ngày …").
  const caption = readCaption(annex.nodes, header.type?.name ?? null);
  const number = header.number ? { value: header.number.value, from: `dòng "${header.number.line}"` } : caption.number ? { value: caption.number, from: `chú thích phụ lục "${caption.line}"` } : null;
  const issuedRaw = header.issued ? { iso: header.issued.iso, from: `dòng "${header.issued.line}"` } : caption.issued ? { iso: caption.issued.iso, from: `chú thích phụ lục "${caption.line}"` } : null;
  if (number && header.type && ctx.catalog) {
    const type = ctx.catalog.types.find((t) => t.id === header.type!.id);
    const code = parseDocNumber(number.value)?.typeCode;
    if (type && code && code !== type.partyCode && code !== type.stateCode) warn(`số "${number.value}" có mã loại "${code}", không khớp loại "${type.name}" (${type.partyCode ?? type.stateCode}); hãy kiểm tra`);
  }
  const issued = issuedRaw?.iso ?? null;

  const relations = citedDocuments(body, number?.value ?? null);
  const dates = relations.map((r) => r.issued).filter((d): d is string => d !== null).sort();
  // The issuing body as named after the type word, in the appendix caption or the signature; else
  // as printed above the type word, whose lines are then used (not reported as left out).
  const fromHeader = headerIssuerPhrases(header.unused);
  const issuer = resolveIssuer(ctx.organizations, {
    phrases: [header.issuerPhrase, caption.issuerPhrase, tail.signer?.onBehalfOf?.replace(/^\S+\s+/, '') ?? null, ...fromHeader.map((h) => h.phrase)].filter((p): p is string => !!p),
    text: allText,
    issued,
    notBefore: dates.at(-1) ?? null,
  });
  const used = new Set(issuer.ok ? (fromHeader.find((h) => h.phrase === issuer.phrase)?.lines ?? []) : []);
  for (const line of header.unused) if (!used.has(line.trim())) warn(`dòng đầu văn bản không thuộc thuộc tính nào và không đưa vào trang: "${line}"`);

  const data: DraftData = {
    number: number?.value ?? null,
    type: header.type?.id ?? null,
    title: header.title,
    issuer: issuer.ok ? issuer.id : null,
    issued,
    issuedNotOnCalendar: issuedRaw && !issuedRaw.iso ? issuedRaw.from : null,
    signer: tail.signer,
    relations,
    recipients: tail.recipients,
    copyCode: tail.copyCode,
  };

  describeDraft(report, { header, number, issuedRaw, issuer, tail, body, data }, ctx);

  const parsed = data.number ? docNumberSlug(data.number) : null;
  const name = parsed
    ? `${parsed}${issued ? `-${issued.slice(0, 4)}` : ''}`
    : shortSlug([data.type ?? 'van-ban', slugify((data.title ?? '').replace(/^về\s+/iu, ''))].filter(Boolean).join('-'));
  return { data, body, report, province: issuer.province, name };
}

function shortSlug(slug: string): string {
  if (slug.length <= 60) return slug;
  const cut = slug.slice(0, 60);
  return cut.slice(0, cut.lastIndexOf('-'));
}
