/**
 * The HTML of one search result and the sentence the live region reads. Strings only, so the
 * browser script stays wiring and these stay testable.
 */
import { formatViDate } from '../dates.ts';
import { buildExcerpt } from './excerpt.ts';
import { kindLabel, hasFilters, type Scope, type SearchState } from './filters.ts';
import { escapeHtml } from './html.ts';
import type { ParsedQuery } from './match.ts';
import { matchesDocNumber } from './doc-number.ts';

/** A result ready to show. */
export interface ShownResult {
  url: string;
  title: string;
  /** Readable text (visibleText of the content). */
  text: string;
  /** The text its excerpt is cut from (excerptText of the content); `text` when not given. */
  excerpt?: string;
  meta: Record<string, string>;
}

/** "Văn bản · Chỉ thị · Số 08-CT/TU · Ban Thường vụ Tỉnh ủy Điện Biên · Ban hành 23/02/2026". */
export function resultMetaHtml(meta: Record<string, string>, q?: ParsedQuery): string {
  const parts = [`<span class="lp-result__kind">${escapeHtml(kindLabel(meta.kind ?? ''))}</span>`];
  // Records that are neither a document nor a part of one (a reading-day issue) have no number or
  // date of issue to state as missing; their `detail` line says what they are.
  if (meta.kind !== 'van-ban' && !meta.parent && !meta.type && !meta.number) return parts.join(' · ');
  if (meta.parent) parts.push(`Thuộc ${escapeHtml(meta.parent)}`);
  else {
    if (meta.type) parts.push(escapeHtml(meta.type));
    // The number the query names, marked here: the excerpt is cut from the text, not the attributes.
    const number = meta.number && q?.number && matchesDocNumber(q.number, meta.number) ? `<mark>${escapeHtml(meta.number)}</mark>` : escapeHtml(meta.number ?? '');
    parts.push(meta.number ? `Số <span data-result-number>${number}</span>` : 'Không ghi số');
  }
  if (meta.issuer) parts.push(escapeHtml(meta.issuer));
  parts.push(meta.date ? `Ban hành ${formatViDate(meta.date)}` : 'Không ghi ngày ban hành');
  return parts.join(' · ');
}

/** One `<li>` of the results list: title link, attributes, excerpt with the matches marked. */
export function resultHtml(r: ShownResult, q: ParsedQuery): string {
  const detail = r.meta.detail ? `\n<p class="lp-result__meta">${escapeHtml(r.meta.detail)}</p>` : '';
  return `<li class="lp-result">
<h3><a href="${escapeHtml(r.url)}">${escapeHtml(r.title)}</a></h3>
<p class="lp-result__meta">${resultMetaHtml(r.meta, q)}</p>${detail}
<p class="lp-result__excerpt" data-result-excerpt>${buildExcerpt(r.excerpt ?? r.text, q)}</p>
</li>`;
}

/** Where a query was looked for, as the status line says it. */
export const SCOPE_WORDS: Record<Scope, string> = {
  brief: 'trong tiêu đề và tóm tắt',
  full: 'trong toàn văn',
};

/** How many of the results the list shows, and whether pages not read yet may hold more (tasks). */
export interface StatusShown {
  /** Results in the list so far. */
  shown: number;
  /** `count` is a lower bound: pages not read yet may hold more matching tasks. */
  atLeast?: boolean;
}

/**
 * What the live region says after a search; `scope` is the index that answered (said for a query
 * only). With `shown`, it also says how many of them the list holds when that is fewer.
 */
export function statusText(count: number, state: SearchState, scope?: Scope, { shown = count, atLeast = false }: Partial<StatusShown> = {}): string {
  const filtered = hasFilters(state) ? ' (đã lọc)' : '';
  const total = `${atLeast ? 'ít nhất ' : ''}${count}`;
  const showing = shown < count ? `; đang hiện ${shown}` : '';
  if (!state.q) return count ? `Có ${total} kết quả${filtered}${showing}.` : `Không có kết quả nào${filtered}.`;
  const where = scope ? ` ${SCOPE_WORDS[scope]}` : '';
  const tryFull = scope === 'brief' ? ' tìm trong toàn văn,' : '';
  return count
    ? `Tìm thấy ${total} kết quả cho “${state.q}”${where}${filtered}${showing}.`
    : `Không tìm thấy kết quả nào cho “${state.q}”${where}${filtered}. Hãy thử${tryFull} từ khác, bỏ bớt bộ lọc, hoặc duyệt danh sách văn bản.`;
}

/**
 * What the live region says when the query names a document number that no page is, writes or
 * cites (src/scripts/search-engine.ts): the pages Pagefind offered share only its letters and digits.
 */
export function noNumberText(state: SearchState): string {
  return hasFilters(state)
    ? `Không có văn bản nào số hiệu “${state.q}” trong các mục đã lọc, cũng không có nội dung nào nêu số hiệu này. Hãy bỏ bớt bộ lọc, kiểm tra lại số hiệu, hoặc tìm theo tên, nội dung văn bản.`
    : `Không có văn bản nào số hiệu “${state.q}” trên Cổng, cũng không có nội dung nào nêu số hiệu này. Hãy kiểm tra lại số hiệu, hoặc tìm theo tên, nội dung văn bản.`;
}

/**
 * What the live region says when only some of the pages that may hold results were read (tasks:
 * a document found by the query may hold none that matches on its own).
 */
export function partialStatusText(found: number, state: SearchState, scope?: Scope): string {
  const filtered = hasFilters(state) ? ' (đã lọc)' : '';
  const query = state.q ? ` cho “${state.q}”${scope ? ` ${SCOPE_WORDS[scope]}` : ''}` : '';
  return `Đã tìm thấy ${found} kết quả${query}${filtered} và còn văn bản chưa xem: chọn “Xem thêm kết quả” để tìm tiếp.`;
}
