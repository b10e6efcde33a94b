/**
 * What `npm run new` (src/lib/scaffold/templates.ts) and `npm run import` leave to fill that no
 * schema refuses by itself: the body's "TODO: …" paragraph, an empty signature block, and the
 * import's issuer placeholder. Fields the schemas need are null or "YYYY-MM-DD" in the templates,
 * so those are refused already.
 */
import type { ContentProblem } from './problems.ts';
import type { Organization } from './schema.ts';
import { slugify } from '../slug.ts';

/**
 * The issuer `npm run import` writes when it cannot tell who issued the document: a valid id that
 * names no organization (the same string as UNKNOWN_ISSUER in src/lib/import/write.ts).
 */
export const UNKNOWN_ISSUER = 'can-dien-co-quan-ban-hanh';

/** How many issuer ids the message lists. */
const LISTED = 8;

/**
 * The issuer of document `documentId` ("dien-bien/08-ct-tu-2026") left as the import wrote it:
 * say so, with issuer ids to choose from, those of the province the document's folder names first.
 */
export function unfilledIssuer(documentId: string, organizations: Iterable<Organization>): string {
  const folder = documentId.includes('/') ? documentId.split('/')[0]! : null;
  const issuers = [...organizations].filter((o) => o.kind !== 'cap-xa');
  const local = issuers.filter((o) => o.province !== null && slugify(o.province) === folder);
  const listed = (local.length ? local : issuers).slice(0, LISTED);
  const where = local.length ? `các cơ quan của tỉnh ${local[0]!.province}: ` : '';
  const rest = issuers.length - listed.length;
  const ids = listed.length ? `; ví dụ ${where}${listed.map((o) => o.id).join(', ')}${rest ? ` (và ${rest} cơ quan khác trong content/co-quan/)` : ''}` : '';
  return `chưa điền cơ quan ban hành: "${UNKNOWN_ISSUER}" là chỗ trống "npm run import" để lại khi không nhận ra cơ quan; cần mã của cơ quan đã ký văn bản, tức tên tệp trong content/co-quan/ không có đuôi .yaml${ids}`;
}

const TODO_LINE = /^[ \t]*TODO\b/;

/** An error for each line of a body (starting at file line `bodyLine`) that is still a template's "TODO" placeholder. */
export function bodyPlaceholders(body: string, file: string, bodyLine: number): ContentProblem[] {
  return body.split('\n').flatMap((text, i) => (TODO_LINE.test(text)
    ? [{ file, line: bodyLine + i, field: 'nội dung', message: 'còn chỗ cần điền của mẫu (dòng bắt đầu bằng "TODO"); cần thay bằng nội dung thật', severity: 'error' as const }]
    : []));
}

/** True when a signature block was left as the template gives it: every line null. */
export function isEmptySigner(signer: { onBehalfOf: string | null; title: string | null; name: string | null } | null): boolean {
  return signer !== null && signer.onBehalfOf === null && signer.title === null && signer.name === null;
}
