/**
 * Writes a complete, valid content folder with N synthetic documents, for benchmarks:
 *   node bench/generate-corpus.ts --count 1000 --out bench/.out/content-1000 [--seed 1]
 *
 * The configuration, catalog, organizations and citations are copied from content/; documents
 * recombine the sentences, clauses and task-table cells of the real documents (see
 * bench/corpus/vocabulary.ts). The same count and seed always give the same bytes.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { addDays, daysBetween } from '../src/lib/dates.ts';
import { slugify } from '../src/lib/slug.ts';
import { listFiles } from '../src/lib/content/read.ts';
import type { Catalog } from '../src/lib/content/schema.ts';
import { createRandom, type Random } from './corpus/random.ts';
import { readVocabulary } from './corpus/vocabulary.ts';
import { TextMaker } from './corpus/text.ts';
import { writeDocument, type Issuer, type Plan } from './corpus/document.ts';

export interface CorpusOptions {
  /** Number of synthetic documents. */
  count: number;
  /** Folder to write; replaced if it holds an earlier generated corpus, refused if it holds anything else. */
  dir: string;
  seed?: number;
  /** Content folder to copy data files and vocabulary from (default: content/ of this project). */
  source?: string;
}

export interface CorpusSummary {
  documents: number;
  tasks: number;
}

/** Marker written into every generated folder; files starting with "." are not read as content. */
export const MARKER = '.generated.json';

const DEFAULT_SOURCE = resolve(import.meta.dirname, '../content');
const FIRST_DAY = '2020-01-01';
const LAST_DAY = '2026-11-20';
const MERGER = '2025-07-01';
const DIEN_BIEN: Issuer = { id: 'ban-thuong-vu-tinh-uy-dien-bien', province: 'Điện Biên', dir: 'dien-bien' };
const THAI_NGUYEN: Issuer = { id: 'ban-thuong-vu-tinh-uy-thai-nguyen', province: 'Thái Nguyên', dir: 'thai-nguyen' };
// Before the 2025 merger the Thái Nguyên standing committee was another body (content/co-quan/).
const THAI_NGUYEN_BEFORE: Issuer = { id: 'ban-thuong-vu-tinh-uy-thai-nguyen-truoc-hop-nhat', province: 'Thái Nguyên', dir: 'thai-nguyen' };
const TYPE_WEIGHTS: Readonly<Record<string, number>> = {
  'chi-thi': 18, 'ke-hoach': 20, 'nghi-quyet': 12, 'quyet-dinh': 10, 'ket-luan': 8, 'thong-bao': 8, 'chuong-trinh': 6,
  'huong-dan': 6, 'quy-dinh': 5, 'bao-cao': 4, 'cong-van': 3, 'de-an': 2, 'quy-che': 2, 'thong-tri': 1,
};

export function generateCorpus({ count, dir, seed = 1, source = DEFAULT_SOURCE }: CorpusOptions): CorpusSummary {
  prepareFolder(dir);
  for (const name of ['cau-hinh.yaml', 'danh-muc.yaml', 'trich-dan.yaml', 'co-quan']) cpSync(join(source, name), join(dir, name), { recursive: true });
  const catalog = parse(readFileSync(join(source, 'danh-muc.yaml'), 'utf8'), { schema: 'core' }) as Catalog;
  const vocabulary = readVocabulary(source);
  const r = createRandom(seed);
  const makers = new Map<string, TextMaker>();
  const textFor = (province: string): TextMaker => {
    const maker = makers.get(province) ?? new TextMaker(r, vocabulary, province);
    makers.set(province, maker);
    return maker;
  };
  const plans = planDocuments(r, count, catalog, textFor);
  const fields = catalog.fields.map((f) => f.id);
  let tasks = 0;
  plans.forEach((plan, i) => {
    // Relations point back at most 400 documents (months, not years): keeps generation linear.
    const doc = writeDocument(r, textFor(plan.issuer.province), plan, plans.slice(Math.max(0, i - 400), i), fields);
    const file = join(dir, 'van-ban', plan.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, doc.markdown.normalize('NFC'));
    tasks += doc.tasks;
  });
  writeFileSync(join(dir, MARKER), `${JSON.stringify({ complete: true, count, seed, fingerprint: generatorFingerprint(source), documents: plans.length, tasks }, null, 2)}\n`);
  return { documents: plans.length, tasks };
}

/**
 * Changes whenever the generator or the content it copies and learns from changes: a cached
 * corpus with another fingerprint is stale.
 */
export function generatorFingerprint(source = DEFAULT_SOURCE): string {
  const hash = createHash('sha256');
  const files = [import.meta.filename, ...listFiles(join(import.meta.dirname, 'corpus'), /\.ts$/), ...listFiles(source, /./)];
  for (const file of files) hash.update(file).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/** True when `dir` holds a finished corpus of this count and seed from the current generator. */
export function isCachedCorpus(dir: string, count: number, seed: number): boolean {
  try {
    const marker = JSON.parse(readFileSync(join(dir, MARKER), 'utf8')) as { complete?: boolean; count?: number; seed?: number; fingerprint?: string };
    return marker.complete === true && marker.count === count && marker.seed === seed && marker.fingerprint === generatorFingerprint();
  } catch {
    return false;
  }
}

/** Issuer, date and type of every document, then numbers in date order (as a registry assigns them). */
function planDocuments(r: Random, count: number, catalog: Catalog, textFor: (province: string) => TextMaker): Plan[] {
  const span = daysBetween(FIRST_DAY, LAST_DAY);
  const drafts = Array.from({ length: count }, () => {
    const issued = addDays(FIRST_DAY, r.int(0, span));
    const issuer = r.chance(0.5) ? DIEN_BIEN : issued < MERGER ? THAI_NGUYEN_BEFORE : THAI_NGUYEN;
    const typeId = r.weighted(TYPE_WEIGHTS);
    const type = catalog.types.find((x) => x.id === typeId);
    if (!type) throw new Error(`loại văn bản "${typeId}" không có trong danh-muc.yaml`);
    return { issued, issuer, type: { id: type.id, name: type.name, code: type.partyCode ?? 'CV' } };
  });
  drafts.sort((a, b) => a.issued.localeCompare(b.issued));
  // One counter per folder, code and year: numbers (hence file names and URLs) never repeat.
  const serials = new Map<string, number>();
  return drafts.map((d) => {
    const year = d.issued.slice(0, 4);
    const key = `${d.issuer.dir}|${d.type.code}|${year}`;
    const serial = (serials.get(key) ?? 0) + 1;
    serials.set(key, serial);
    const number = `${String(serial).padStart(2, '0')}-${d.type.code}/TU`;
    return { ...d, number, path: `${d.issuer.dir}/${slugify(number)}-${year}.md`, title: textFor(d.issuer.province).title(), parts: r.int(4, 8) };
  });
}

function prepareFolder(dir: string): void {
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    if (!existsSync(join(dir, MARKER))) throw new Error(`${dir} không trống và không phải kho văn bản sinh tự động; không ghi đè.`);
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, MARKER), `${JSON.stringify({ complete: false })}\n`);
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } } });
  const count = Number(values.count);
  const dir = resolve(values.out ?? `bench/.out/content-${count}`);
  const started = performance.now();
  const summary = generateCorpus({ count, dir, seed: Number(values.seed) });
  console.log(`Đã sinh ${summary.documents} văn bản (${summary.tasks} nhiệm vụ) vào ${dir} trong ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
