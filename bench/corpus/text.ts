/**
 * Sentences, paragraphs, titles and task rows recombined from the real documents' vocabulary.
 */
import type { Random } from './random.ts';
import type { Vocabulary } from './vocabulary.ts';

/** First words a trích yếu can start with after "về" (as in "về đổi mới …", "về tăng cường …"). */
const TITLE_STARTS = /^(đổi|tăng|nâng|đẩy|xây|tiếp|tập|thực|phát|hoàn|rà|cải|ban|khắc|bảo|quán|nghiên|kiểm|thu|ứng|công|chú|sơ|triển|hệ)\s/u;

const upperFirst = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

export class TextMaker {
  readonly #r: Random;
  readonly #v: Vocabulary;
  readonly #province: string;
  readonly #titleClauses: string[];

  constructor(r: Random, v: Vocabulary, province: string) {
    this.#r = r;
    this.#v = v;
    this.#province = province;
    this.#titleClauses = v.clauses.map((c) => this.#lowerFirst(c)).filter((c) => TITLE_STARTS.test(c) && c.split(' ').length >= 5);
  }

  /** A clause moved inside a sentence: "Tăng cường …" becomes "tăng cường …", "Sở Tư pháp" stays. */
  #lowerFirst(s: string): string {
    const first = /^\p{Lu}\p{Ll}* [^\s,;.]+/u.exec(s)?.[0];
    return first && !this.#v.properWords.has(first) ? s.charAt(0).toLocaleLowerCase('vi') + s.slice(1) : s;
  }

  /** The real text names its own province; a synthetic document names the one it belongs to. */
  #local(s: string): string {
    return s.replace(/tỉnh (Điện Biên|Thái Nguyên)(?! và)/gu, `tỉnh ${this.#province}`);
  }

  /** A real sentence (about two in five) or two to four real clauses joined into one. */
  sentence(): string {
    const r = this.#r;
    if (r.chance(0.4)) return this.#local(r.pick(this.#v.sentences));
    const parts = Array.from({ length: r.int(2, 4) }, () => r.pick(this.#v.clauses));
    const joined = parts.map((p, i) => (i === 0 ? upperFirst(p) : this.#lowerFirst(p))).reduce((acc, p) => `${acc}${r.chance(0.75) ? ', ' : '; '}${p}`);
    return this.#local(`${joined}.`);
  }

  paragraph(min: number, max: number): string {
    return Array.from({ length: this.#r.int(min, max) }, () => this.sentence()).join(' ');
  }

  leadIn(): string {
    return this.#local(this.#r.pick(this.#v.leadIns.filter((s) => /Ban Thường vụ/.test(s))));
  }

  /** Trích yếu: "về …", one or two clauses. */
  title(): string {
    const r = this.#r;
    const first = r.pick(this.#titleClauses);
    const title = r.chance(0.3) ? `về ${first} và ${r.pick(this.#titleClauses)}` : `về ${first}`;
    return this.#local(title);
  }

  /** Cells of one task row, in the column order of the real appendix (after STT). */
  taskCells(deadline: string): string[] {
    const r = this.#r;
    const { cells } = this.#v;
    const content = r.chance(0.5) ? r.pick(cells.content) : `${upperFirst(r.pick(this.#v.clauses))}, ${this.#lowerFirst(r.pick(this.#v.clauses))}`;
    const coordinators = r.chance(0.9) ? r.pick(cells.coordinators) : '';
    return [this.#local(content), r.pick(cells.overseers), r.pick(cells.leads), coordinators, r.pick(cells.products), deadline];
  }

  recipients(): string[] {
    const list = this.#r.pick(this.#v.recipients);
    const lines = this.#r.sample(list, this.#r.int(Math.min(4, list.length), list.length));
    return [...lines, 'Lưu Văn phòng Tỉnh ủy.'];
  }
}
