/**
 * The corpus: documents cross-linked with their issuers, catalog entries, relations (both
 * directions) and tasks. Built once per build from `readContent`, checked as a whole (unknown
 * references, duplicate identities, task tables, deadlines), and handed to pages ready to render.
 */
import type { Catalog, Citation, DocumentData, Organization, PortalConfig } from './schema.ts';
import type { ContentProblem } from './problems.ts';
import type { RawContent, RawDocument } from './read.ts';
import type { ProgressRecord, Task } from '../tasks/types.ts';
import type { RenderedBody } from '../markdown/render.ts';
import type { ReadTextDeadline } from '../markdown/text-deadlines.ts';
import { processBody, type BodyContext, type BodyJob, type ProcessedBody } from './body.ts';
import { docNumberKey, docNumberSlug } from '../search/doc-number.ts';
import { slugify } from '../slug.ts';
import { buildTasks, progressByDocument } from './tasks.ts';
import { checkInternalLinks, type LinkSource, type SiteLink } from './links.ts';
import { bodyPlaceholders, isEmptySigner, UNKNOWN_ISSUER, unfilledIssuer } from './placeholders.ts';
import { buildReadingDays, type ReadingDay } from './reading-day.ts';
import { feedbackLinks, type FeedbackLinks, type SiteAddress } from './feedback-links.ts';
import { buildQa, type QaEntry } from './qa.ts';
import { collectInfographics } from '../infographic/collect.ts';
import { infographicLinks } from '../infographic/text.ts';
import { checkDrawable } from './drawable.ts';
import type { Infographic } from '../infographic/types.ts';

export interface Named {
  id: string;
  name: string;
}

/** The other end of a relation. */
export type RelationTarget =
  | { kind: 'document'; doc: DocumentEntry }
  | { kind: 'citation'; citation: Citation & { issuerLabel: string | null } }
  | { kind: 'unknown' };

export interface ResolvedRelation {
  type: { id: string; label: string };
  number: string;
  issued: string | null;
  /** Anchor in the citing document, when given. */
  at: string | null;
  provision: string | null;
  target: RelationTarget;
  /** The citing document (for incoming relations). */
  from: DocumentEntry;
}

export interface DocumentEntry {
  id: string;
  file: string;
  data: DocumentData;
  /** Markdown source of the body. */
  body: string;
  /** Page path without the site base: "/van-ban/<issuer>/<year>/<number>/". */
  url: string;
  /** Path of the Markdown source download, without the site base. */
  sourceUrl: string;
  issuer: Organization;
  type: Named;
  status: Named;
  fields: Named[];
  province: string | null;
  year: number | null;
  /** "Chỉ thị về …": type name + trích yếu. */
  displayTitle: string;
  rendered: RenderedBody;
  /** Deadlines its text writes outside task tables, read as the register reads deadlines (text-deadlines.ts). */
  textDeadlines: ReadTextDeadline[];
  tasks: Task[];
  relationsOut: ResolvedRelation[];
  relationsIn: ResolvedRelation[];
}

export interface Corpus {
  config: PortalConfig;
  catalog: Catalog;
  asOf: string;
  organizations: Map<string, Organization>;
  documents: DocumentEntry[];
  tasks: Task[];
  citations: Citation[];
  /** Monthly issues of the legal reading day, newest month first. */
  readingDays: ReadingDay[];
  /** Legal Q&A entries (content/hoi-dap/), with their basis resolved. */
  qa: QaEntry[];
  /** "Phản ánh vướng mắc" link of a document or part; null when no channel is configured. */
  feedback: FeedbackLinks;
  /** Infographics: hand-written (content/infographic/), then generated from the task register, each drawn to SVG. */
  infographics: Infographic[];
  /** Links written in the content that only the built site can decide (links.ts): the build checks them before it publishes. */
  siteLinks: SiteLink[];
}

export interface BuildOptions {
  /** Date task statuses are computed against (YYYY-MM-DD). */
  asOf: string;
  /** Where the site is published, for absolute links in feedback forms; defaults to the configured siteUrl at "/". */
  site?: SiteAddress;
  /** Processes the document bodies (body.ts), in order; one by one by default (the build uses every core: body-parallel.ts). */
  processAll?: (jobs: readonly BodyJob[], context: BodyContext) => ProcessedBody[];
}

/** Cross-links and checks everything. Returns null as corpus only when basic files are missing. */
export function buildCorpus(raw: RawContent, options: BuildOptions): { corpus: Corpus | null; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [...raw.problems];
  if (!raw.config || !raw.catalog) return { corpus: null, problems };
  const { catalog } = raw;
  const orgs = new Map(raw.organizations.map((o) => [o.id, o]));
  const find = (list: Named[], id: string) => list.find((x) => x.id === id);

  for (const o of raw.organizations) {
    o.predecessors.forEach((p, i) => {
      if (!orgs.has(p)) problems.push(err(`content/co-quan/${o.id}.yaml`, raw.organizationLines.get(o.id)?.(['predecessors', i]) ?? null, `predecessors[${i}]`, `không có cơ quan "${p}" trong content/co-quan/`));
    });
  }
  for (const c of raw.citations) {
    if (!find(catalog.types, c.type)) problems.push(err('content/trich-dan.yaml', c.line, 'type', `loại văn bản "${c.type}" không có trong content/danh-muc.yaml (types)`));
    if (c.issuer && !orgs.has(c.issuer)) problems.push(err('content/trich-dan.yaml', c.line, 'issuer', `không có cơ quan "${c.issuer}" trong content/co-quan/`));
  }

  const site = options.site ?? { url: raw.config.siteUrl, base: '/' };
  const feedback = feedbackLinks(raw.config.feedback, site);
  const context: BodyContext = { asOf: options.asOf, feedback: { config: raw.config.feedback, site } };
  const progress = progressByDocument(raw);
  // Attributes first: a document the corpus rejects has its body only checked for unsafe content.
  const entries = raw.documents.map((doc) => prepareDocument(doc, catalog, orgs, options.asOf, problems));
  const jobs = raw.documents.map((doc, i) => bodyJob(doc, entries[i] ?? null, progress.get(doc.id)));
  // The bodies of documents whose frontmatter was refused are checked too (not rendered), so an
  // editor sees a file's problems in one round, not the body's after the frontmatter is fixed.
  const rejected = raw.rejectedDocuments.map((r): BodyJob => ({ ...r, render: false, year: null, issued: null, progress: new Map(), feedback: null }));
  const processed = (options.processAll ?? ((all, ctx) => all.map((job) => processBody(job, ctx))))([...jobs, ...rejected], context);
  for (const result of processed.slice(jobs.length)) problems.push(...result.problems);
  const documents: DocumentEntry[] = [];
  const bodies = new Map<DocumentEntry, ProcessedBody>();
  for (const [i, entry] of entries.entries()) {
    problems.push(...processed[i]!.problems);
    if (!entry) continue;
    documents.push(entry);
    bodies.set(entry, processed[i]!);
  }
  checkIdentities(documents, problems);

  const citations = raw.citations.map((c) => ({ ...c, issuerLabel: c.issuer ? orgs.get(c.issuer)?.name ?? null : c.issuerName ?? null }));
  const byNumber = indexByNumber(documents);
  for (const doc of documents) resolveRelations(doc, byNumber, citations, catalog, problems);

  const tasks = buildTasks(documents, bodies, progress, raw, problems);
  const written: LinkSource[] = documents.map((doc) => ({ file: doc.file, links: bodies.get(doc)?.links ?? [], doc }));
  const readingDays = buildReadingDays(raw.readingDays, documents, problems, site.base, written);
  const qa = buildQa(raw.qa, documents, catalog, problems, site.base, written);
  const infographics = collectInfographics(raw.infographics, documents, { catalog, portalName: raw.config.name, asOf: options.asOf, organizationName: (id) => orgs.get(id)?.name }, problems);
  for (const ig of infographics) if (ig.file) written.push({ file: ig.file, links: infographicLinks(ig), page: `/infographic/${ig.slug}/` });
  // Needs every document's anchors (buildTasks gives each its rendered body) and the pages above.
  const siteLinks = checkInternalLinks(documents, written, { qa, readingDays, infographics, organizations: orgs.keys() }, problems);
  checkDrawable(raw, documents, infographics, problems);
  documents.sort(byNewest);
  // Frontmatter line lookups only serve the checks above; the corpus lives as long as the build does.
  for (const doc of documents) for (const key of ['lineOf', 'bodyLine']) delete (doc as unknown as Record<string, unknown>)[key];
  return {
    corpus: { config: raw.config, catalog, asOf: options.asOf, organizations: orgs, documents, tasks, citations: raw.citations, readingDays, qa, feedback, infographics, siteLinks },
    problems,
  };
}

function prepareDocument(doc: RawDocument, catalog: Catalog, orgs: Map<string, Organization>, asOf: string, problems: ContentProblem[]): DocumentEntry | null {
  const d = doc.data;
  const at = (path: (string | number)[]) => doc.lineOf(path);
  let ok = true;
  const need = <T extends Named>(list: T[], id: string, field: (string | number)[], what: string, file: string): T | undefined => {
    const found = list.find((x) => x.id === id);
    if (!found) {
      ok = false;
      problems.push(err(doc.file, at(field), fieldLabel(field), `${what} "${id}" không có trong ${file}; các giá trị hợp lệ: ${list.map((x) => x.id).join(', ')}`));
    }
    return found;
  };
  const type = need(catalog.types, d.type, ['type'], 'loại văn bản', 'content/danh-muc.yaml (types)');
  const status = need(catalog.statuses, d.status, ['status'], 'tình trạng hiệu lực', 'content/danh-muc.yaml (statuses)');
  const fields = d.fields.map((f, i) => need(catalog.fields, f, ['fields', i], 'lĩnh vực', 'content/danh-muc.yaml (fields)'));
  d.relations.forEach((r, i) => need(catalog.relationTypes.map((t) => ({ id: t.id, name: t.active })), r.type, ['relations', i, 'type'], 'loại quan hệ', 'content/danh-muc.yaml (relationTypes)'));
  const issuer = orgs.get(d.issuer);
  if (!issuer) {
    ok = false;
    problems.push(err(doc.file, at(['issuer']), 'issuer', d.issuer === UNKNOWN_ISSUER ? unfilledIssuer(doc.id, orgs.values()) : `không có cơ quan ban hành "${d.issuer}" trong content/co-quan/ (cần tệp content/co-quan/${d.issuer}.yaml)`));
  } else if (issuer.kind === 'cap-xa') {
    ok = false;
    problems.push(err(doc.file, at(['issuer']), 'issuer', `"${d.issuer}" là bản ghi gộp các xã, phường (kind: cap-xa), không phải một cơ quan ban hành; cần mã tệp của cơ quan đã ký văn bản trong content/co-quan/`));
  }
  // Dates that are possible but likely typos: warnings, the build goes on.
  const warn = (field: string, message: string) => problems.push({ ...err(doc.file, at([field]), field, message), severity: 'warning' });
  if (d.issued && d.issued > asOf) warn('issued', `ngày ban hành ${d.issued} sau ngày ${asOf} mà Cổng tính trạng thái (asOf); hãy kiểm tra năm, tháng`);
  if (d.issued && d.effective && d.effective < d.issued) warn('effective', `ngày có hiệu lực ${d.effective} trước ngày ban hành ${d.issued}; hãy kiểm tra (chỉ đúng khi văn bản quy định hiệu lực trở về trước)`);
  // What `npm run new` left to fill (errors: the build stops, the document is still read).
  if (isEmptySigner(d.signer)) {
    problems.push(err(doc.file, at(['signer', 'title']), 'signer', 'khối chữ ký chưa điền: cần chức vụ (title) và họ tên (name) người ký như trong văn bản, hoặc "signer: null" nếu văn bản không có chữ ký'));
  }
  problems.push(...bodyPlaceholders(doc.body, doc.file, doc.bodyLine));
  if (issuer && d.issued && ((issuer.validFrom && d.issued < issuer.validFrom) || (issuer.validUntil && d.issued > issuer.validUntil))) {
    problems.push(err(doc.file, at(['issued']), 'issued', `ngày ban hành ${d.issued} nằm ngoài thời gian tồn tại của "${issuer.name}" (${issuer.validFrom ?? '…'} – ${issuer.validUntil ?? '…'})`));
  }

  if (!ok || !type || !status || !issuer || fields.some((f) => !f)) return null;

  const year = d.issued ? Number(d.issued.slice(0, 4)) : null;
  const last = (d.number && docNumberSlug(d.number)) || doc.id.split('/').pop()!;
  const url = `/van-ban/${issuer.id}/${year ?? 'khong-ghi-ngay'}/${last}/`;
  return {
    id: doc.id,
    file: doc.file,
    data: d,
    body: doc.body,
    url,
    sourceUrl: `${url.slice(0, -1)}.md`,
    issuer,
    type,
    status,
    fields: fields as Named[],
    province: issuer.province,
    year,
    displayTitle: `${type.name} ${d.title}`,
    // Its rendered body (body.ts), given by buildTasks.
    rendered: { mainHtml: '', annexHtml: '', toc: [], anchors: [], deadlines: [] },
    textDeadlines: [],
    tasks: [],
    relationsOut: [],
    relationsIn: [],
    ...{ lineOf: doc.lineOf, bodyLine: doc.bodyLine },
  } as DocumentEntry;
}

/** The body of `doc` as the pipeline is given it (body.ts): rendered only when the corpus keeps the document. */
function bodyJob(doc: RawDocument, entry: DocumentEntry | null, progress: Map<string, ProgressRecord> | undefined): BodyJob {
  return {
    body: doc.body,
    file: doc.file,
    bodyLine: doc.bodyLine,
    render: entry !== null,
    year: entry?.year ?? (doc.data.issued ? Number(doc.data.issued.slice(0, 4)) : null),
    issued: doc.data.issued ?? null,
    progress: progress ?? new Map(),
    feedback: entry && { data: { number: entry.data.number ?? null }, displayTitle: entry.displayTitle, url: entry.url },
  };
}

/** Identity is issuer + number + date; the URL must also be unique. */
function checkIdentities(documents: DocumentEntry[], problems: ContentProblem[]): void {
  const seen = new Map<string, DocumentEntry>();
  for (const doc of documents) {
    const key = doc.data.number ? `${doc.issuer.id}|${docNumberKey(doc.data.number) ?? doc.data.number}|${doc.data.issued ?? ''}` : null;
    for (const k of [key, `url|${doc.url}`]) {
      if (!k) continue;
      const other = seen.get(k);
      if (other) {
        // One duplicate, one message: the same file also clashes on its URL. The line is the
        // number's: number, date and issuer make the identity and the URL.
        const line = (doc as unknown as { lineOf: RawDocument['lineOf'] }).lineOf(['number']);
        problems.push(err(doc.file, line, k.startsWith('url') ? 'đường dẫn' : 'number', k.startsWith('url')
          ? urlClash(doc, other)
          : `trùng văn bản với ${other.file} (cùng cơ quan ban hành, số ${doc.data.number} và ngày ${doc.data.issued ?? 'không ghi'}); mỗi văn bản chỉ được có một tệp`));
        break;
      } else seen.set(k, doc);
    }
  }
}

/**
 * Documents by number key, in corpus order: a relation only needs the documents with its number,
 * and filtering the whole corpus for each relation made cross-linking quadratic.
 */
/**
 * Two documents at one address. The address is issuer, year and number (or the file name when
 * number or date are not stated), so renaming a file only helps the latter: the same number from
 * the same issuer twice in a year is a mistyped number or date.
 */
function urlClash(doc: DocumentEntry, other: DocumentEntry): string {
  if (doc.data.number && doc.data.issued && other.data.number && other.data.issued) {
    return `trùng đường dẫn ${doc.url} với ${other.file}: cùng cơ quan ban hành, năm ${doc.year} và số ${doc.data.number} (ngày ${doc.data.issued} và ${other.data.issued}); một cơ quan không ban hành hai văn bản cùng số trong một năm, hãy kiểm tra số và ngày của hai tệp`;
  }
  return `trùng đường dẫn ${doc.url} với ${other.file}; đổi tên tệp hoặc bổ sung số, ngày`;
}

function indexByNumber(documents: DocumentEntry[]): Map<string, DocumentEntry[]> {
  const index = new Map<string, DocumentEntry[]>();
  for (const doc of documents) {
    const n = doc.data.number;
    if (!n) continue;
    const key = docNumberKey(n) ?? n;
    const list = index.get(key);
    if (list) list.push(doc);
    else index.set(key, [doc]);
  }
  return index;
}

function resolveRelations(doc: DocumentEntry, byNumber: Map<string, DocumentEntry[]>, citations: (Citation & { issuerLabel: string | null })[], catalog: Catalog, problems: ContentProblem[]): void {
  const lineOf = (doc as unknown as { lineOf: RawDocument['lineOf'] }).lineOf;
  doc.data.relations.forEach((r, i) => {
    const kind = catalog.relationTypes.find((t) => t.id === r.type);
    if (!kind) return;
    const key = docNumberKey(r.number) ?? r.number;
    const same = (n: string | null | undefined, issued: string | null | undefined, issuer?: string | null) =>
      !!n && (docNumberKey(n) ?? n) === key && (!r.issued || !issued || issued === r.issued) && (!r.issuer || !issuer || issuer === r.issuer);
    const docs = (byNumber.get(key) ?? []).filter((o) => o !== doc && same(o.data.number, o.data.issued, o.issuer.id));
    const cites = citations.filter((c) => same(c.number, c.issued, c.issuer));
    let target: RelationTarget = { kind: 'unknown' };
    if (docs.length > 1 || (!docs.length && cites.length > 1)) {
      problems.push(err(doc.file, lineOf(['relations', i, 'number']), `relations[${i}].number`, `số "${r.number}" khớp nhiều văn bản; ghi thêm "issued" (ngày) hoặc "issuer" (cơ quan) để phân biệt`));
    } else if (docs[0]) target = { kind: 'document', doc: docs[0] };
    else if (cites[0]) target = { kind: 'citation', citation: cites[0] };
    else problems.push({ ...unmatched(r, i, byNumber.get(key) ?? [], citations.filter((c) => (docNumberKey(c.number) ?? c.number) === key), doc, lineOf), severity: 'warning' });
    const rel: ResolvedRelation = { type: { id: kind.id, label: kind.active }, number: r.number, issued: r.issued ?? null, at: r.at ?? null, provision: r.provision ?? null, target, from: doc };
    doc.relationsOut.push(rel);
    if (target.kind === 'document') target.doc.relationsIn.push({ ...rel, type: { id: kind.id, label: kind.passive } });
  });
}

/**
 * Why a relation found no document: none has its number, or those that have it differ in date or
 * issuer (a typo in the relation's `issued` or `issuer` more often than another document).
 */
function unmatched(r: DocumentData['relations'][number], i: number, sameNumber: DocumentEntry[], sameCited: Citation[], doc: DocumentEntry, lineOf: RawDocument['lineOf']): ContentProblem {
  const others = [
    ...sameNumber.filter((o) => o !== doc).map((o) => ({ issued: o.data.issued, issuer: o.issuer.id, where: `trong Cổng (${o.file})` })),
    ...sameCited.map((c) => ({ issued: c.issued, issuer: c.issuer ?? null, where: 'trong content/trich-dan.yaml' })),
  ];
  const differs = (o: { issued: string | null; issuer: string | null }) => [
    ...(r.issued && o.issued && o.issued !== r.issued ? [{ field: 'issued', text: `ngày ${o.issued}, không phải ${r.issued}` }] : []),
    ...(r.issuer && o.issuer && o.issuer !== r.issuer ? [{ field: 'issuer', text: `cơ quan "${o.issuer}", không phải "${r.issuer}"` }] : []),
  ];
  const first = others[0];
  const diff = first ? differs(first) : [];
  if (!first || !diff[0]) return err(doc.file, lineOf(['relations', i, 'number']), `relations[${i}].number`, `văn bản "${r.number}" không có trong Cổng và chưa có trong content/trich-dan.yaml; trang sẽ chỉ hiện số hiệu`);
  const field = diff[0].field;
  const more = others.length > 1 ? ` (và ${others.length - 1} văn bản khác cùng số)` : '';
  return err(doc.file, lineOf(['relations', i, field]), `relations[${i}].${field}`,
    `văn bản "${r.number}" ${first.where} có ${diff.map((d) => d.text).join(' và ')}${more}; hãy sửa cho đúng văn bản được nhắc tới, hoặc bỏ "${field}" nếu văn bản này không ghi; trang sẽ chỉ hiện số hiệu`);
}

function byNewest(a: DocumentEntry, b: DocumentEntry): number {
  return (b.data.issued ?? '').localeCompare(a.data.issued ?? '') || a.displayTitle.localeCompare(b.displayTitle, 'vi');
}

function fieldLabel(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');
}

export function err(file: string, line: number | null, field: string, message: string): ContentProblem {
  return { file, line, field, message, severity: 'error' };
}

export { slugify };
