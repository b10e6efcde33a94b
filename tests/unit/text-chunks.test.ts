import { describe, expect, it } from 'vitest';
import { indentedJsonChunks, lineChunks, utf8Stream } from '../../src/lib/text-chunks.ts';

interface Row { id: string; text: string; list: string[]; nested: { a: number | null; b?: string; empty: Record<string, never> } }

const rows = (n: number): Row[] => Array.from({ length: n }, (_, i) => ({
  id: `dien-bien/08-ct-tu-2026/0/${i}`,
  // A line break and a quote inside a string, and Vietnamese with đ.
  text: `Đôn đốc "triển khai"\nnhiệm vụ ${i}`,
  list: i % 2 ? ['Sở Tư pháp', 'Các sở, ban, ngành'] : [],
  nested: { a: i % 3 ? i : null, ...(i % 2 ? { b: 'có' } : {}), empty: {} },
}));

const whole = (head: Record<string, unknown>, key: string, items: unknown[]) => `${JSON.stringify({ ...head, [key]: items }, null, 2)}\n`;

describe('indentedJsonChunks', () => {
  it('joins to JSON.stringify(…, null, 2) of the whole object, across batch boundaries', () => {
    for (const n of [0, 1, 2, 3, 4, 7]) {
      const items = rows(n);
      for (const batch of [1, 3, 500]) {
        const text = [...indentedJsonChunks({ asOf: '2026-11-23', count: n }, 'tasks', items, (r) => r, batch)].join('');
        expect(text).toBe(whole({ asOf: '2026-11-23', count: n }, 'tasks', items));
      }
    }
  });

  it('maps each item with the record function, and writes an item it maps to undefined as null', () => {
    const text = [...indentedJsonChunks({}, 'ids', [1, 2, 3], (n) => (n === 2 ? undefined : { n }), 2)].join('');
    expect(text).toBe(whole({}, 'ids', [{ n: 1 }, null, { n: 3 }]));
  });

  it('writes a batch of records per chunk, not the whole text at once', () => {
    const chunks = [...indentedJsonChunks({ site: 'https://x.gov.vn/' }, 'documents', rows(7), (r) => r, 3)];
    expect(chunks).toHaveLength(4); // three batches (3, 3, 1) and the closing brackets
    expect(chunks[1]!.match(/"id":/g)).toHaveLength(3);
  });

  it('refuses a head that already has the key', () => {
    expect(() => [...indentedJsonChunks({ tasks: 1 }, 'tasks', rows(1), (r) => r)]).toThrow(/"tasks" is also a property of head/);
  });
});

describe('lineChunks', () => {
  it('joins to every line in order, a batch per chunk', () => {
    const items = rows(5);
    const chunks = [...lineChunks(items, (r) => `${r.id}\r\n`, 2)];
    expect(chunks).toHaveLength(3);
    expect(chunks.join('')).toBe(items.map((r) => `${r.id}\r\n`).join(''));
  });
});

describe('utf8Stream', () => {
  it('is the chunks as UTF-8, in order, as a Response body', async () => {
    const chunks = ['\uFEFFMã,Nội dung\r\n', 'a,Điện Biên\r\n', '', 'b,"đối thoại"\r\n'];
    const bytes = new Uint8Array(await new Response(utf8Stream(chunks)).arrayBuffer());
    expect(Buffer.from(bytes).equals(Buffer.from(chunks.join(''), 'utf8'))).toBe(true);
  });
});
