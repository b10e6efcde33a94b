/**
 * What `npm run new` leaves to fill (src/lib/scaffold/templates.ts) that no schema refuses by
 * itself: the body's "TODO: …" paragraph and an empty signature block. Fields the schemas need
 * are null or "YYYY-MM-DD" in the templates, so those are refused already.
 */
import type { ContentProblem } from './problems.ts';

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
