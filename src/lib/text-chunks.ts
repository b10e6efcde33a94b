/**
 * Large exports (the task register as JSON and CSV, every document as JSON, and the task
 * calendars, src/lib/tasks/export-ics.ts) written a batch of records at a time and handed to
 * Astro as a stream, so a build never holds one of them as a whole string with every record's
 * object beside it. At 10,000 documents they are 12 to 64 MB each and Astro renders four routes
 * at a time: written whole, they took the build's Node process to 3.0–3.1 GB early in the
 * rendering, memory it then kept to the end of the build; in chunks, to 2.4 GB. The chunks join
 * to exactly the text the whole-string writers give (unit tests compare the two).
 */

/** Records serialized at a time. */
export const RECORD_BATCH = 500;

/** `items` in consecutive slices of `size` (the last one shorter). */
export function* batches<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/**
 * `JSON.stringify({ ...head, [key]: items.map(record) }, null, 2) + '\n'`, in chunks of `batch`
 * records. `key` comes last, after the properties of `head`.
 */
export function* indentedJsonChunks<T>(
  head: Record<string, unknown>,
  key: string,
  items: readonly T[],
  record: (item: T) => unknown,
  batch = RECORD_BATCH,
): Generator<string> {
  if (Object.hasOwn(head, key)) throw new Error(`indentedJsonChunks: "${key}" is also a property of head`);
  const empty = JSON.stringify({ ...head, [key]: [] }, null, 2);
  if (items.length === 0) {
    yield `${empty}\n`;
    return;
  }
  // The text up to the array's opening bracket: `{ …head, "key": [` with the brackets' lines.
  const last = `${JSON.stringify(key)}: []\n}`;
  let open = `${empty.slice(0, -last.length)}${JSON.stringify(key)}: [\n`;
  for (const slice of batches(items, batch)) {
    // At two levels deep every line of a record is indented by four more spaces; strings in JSON
    // hold no line breaks (they are escaped), so every "\n" is the end of a line.
    const records = slice.map((item) => `    ${(JSON.stringify(record(item), null, 2) ?? 'null').replaceAll('\n', '\n    ')}`);
    yield `${open}${records.join(',\n')}`;
    open = ',\n';
  }
  yield '\n  ]\n}\n';
}

/** `items`, each written by `line`, in chunks of `batch` lines. */
export function* lineChunks<T>(items: readonly T[], line: (item: T) => string, batch = RECORD_BATCH): Generator<string> {
  for (const slice of batches(items, batch)) yield slice.map(line).join('');
}

/** The chunks as a stream of UTF-8 bytes, made as they are read (a Response body). */
export function utf8Stream(chunks: Iterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const it = chunks[Symbol.iterator]();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = it.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}
