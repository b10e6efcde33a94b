/**
 * The build processes document bodies on every core (src/lib/content/body-parallel.ts): the
 * results must be exactly those processBody gives on this thread, in the same order: rendered
 * HTML, task rows with their deadlines and statuses, problems with their lines, links.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processBody, type BodyContext, type BodyJob } from '../../src/lib/content/body.ts';
import { processBodiesAll } from '../../src/lib/content/body-parallel.ts';
import { ROOT } from '../support/paths.ts';

const SOURCES = ['content/van-ban/dien-bien/08-ct-tu-2026.md', 'content/van-ban/thai-nguyen/chi-thi-xay-dung-va-thi-hanh-phap-luat.md']
  // Their opening and their appendix table: lists, numbered parts, a task table, <br> in cells.
  .map((f) => readFileSync(join(ROOT, f), 'utf8'))
  .map((text) => { const lines = text.split('\n'); return [...lines.slice(0, 40), ...lines.slice(-25)].join('\n'); });

const CONTEXT: BodyContext = {
  asOf: '2026-11-23',
  feedback: { config: { forms: [{ name: 'Biểu mẫu', url: 'https://example.gov.vn/phan-anh?so_hieu={so_hieu}&muc={muc}' }] } as BodyContext['feedback']['config'], site: { url: 'https://example.gov.vn', base: '/' } },
};

function job(body: string, i: number): BodyJob {
  return {
    body,
    file: `content/van-ban/x/${i}.md`,
    bodyLine: 10 + i,
    render: i % 7 !== 3,
    year: 2026,
    issued: '2026-01-15',
    progress: new Map(i % 5 === 0 ? [['1', { ref: '1', done: '2026-03-01' }]] : []),
    feedback: { data: { number: `${i}-CT/TU` }, displayTitle: `Chỉ thị số ${i}`, url: `/van-ban/x/2026/${i}-ct-tu/` },
  };
}

describe('processBodiesAll', () => {
  it('gives the results processBody gives, in order, when a worker processes half of them', { timeout: 60_000 }, () => {
    // 450 bodies (over the 200 a worker needs), each different so an order mix-up would show; a
    // link and a raw HTML tag in some, so links and problems cross threads with their lines.
    const bodies = Array.from({ length: 450 }, (_, i) => `${i}\\. Mục ${i} [xem](#muc-${i})${i % 11 === 0 ? ' <b>x</b>' : ''}\n\n${SOURCES[i % 2]}`);
    const jobs = bodies.map(job);
    const results = processBodiesAll(jobs, CONTEXT, { threads: 2 });
    expect(results).toHaveLength(jobs.length);
    for (const i of [0, 1, 3, 224, 225, 226, 449]) expect(results[i]).toEqual(processBody(jobs[i]!, CONTEXT));
    expect(results.map((r) => r.links[0]?.url ?? null)).toEqual(jobs.map((j, i) => (j.render ? `#muc-${i}` : null)));
    expect(results.filter((r) => r.problems.some((p) => /HTML thô/.test(p.message))).length).toBe(bodies.filter((b) => b.includes('<b>')).length);
    // The rows were read and annotated: a status badge in the rendered table, a progress record applied.
    const first = results[0]!;
    expect(first.tasks.length).toBeGreaterThan(0);
    expect(first.tasks.find((t) => t.row.key === '1')?.status.status).toBe('done');
    expect(first.rendered.annexHtml + first.rendered.mainHtml).toContain('lp-badge--done');
    // Its parts link to the configured form, naming the document.
    expect(results[226]!.rendered.mainHtml).toContain('https://example.gov.vn/phan-anh?so_hieu=226-CT%2FTU&#x26;muc=muc-226');
  });

  it('only checks a body the corpus does not keep for unsafe content', () => {
    const [result] = processBodiesAll([{ ...job('Văn bản <img src="x.png">\n\n[x](#khong-co)', 3), render: false }], CONTEXT);
    expect(result!.problems.map((p) => [p.line, p.field])).toEqual([[13, 'nội dung']]);
    expect(result!.tasks).toEqual([]);
    expect(result!.links).toEqual([]);
    expect(result!.rendered.mainHtml).toBe('');
  });

  it('processes a few bodies on this thread alone', () => {
    const jobs = SOURCES.map(job);
    expect(processBodiesAll(jobs, CONTEXT, { threads: 8 })).toEqual(jobs.map((j) => processBody(j, CONTEXT)));
  });
});
