/** Worker thread of parseMarkdownAll (parse-parallel.ts): parses its share, sends trees in batches. */
import { workerData } from 'node:worker_threads';
import { parseMarkdown } from './parse.ts';
import { BATCH, type WorkerInput, type WorkerMessage } from './parse-parallel.ts';

const { bodies, port, signal } = workerData as WorkerInput;
const send = (message: WorkerMessage) => {
  // Post first, then bump the counter: the parent reads the port once it sees the new count.
  port.postMessage(message);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
};
try {
  for (let i = 0; i < bodies.length; i += BATCH) send({ trees: bodies.slice(i, i + BATCH).map(parseMarkdown) });
} catch (error) {
  send({ error: error instanceof Error ? error.message : String(error) });
}

