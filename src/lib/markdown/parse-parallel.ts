/**
 * Parses many Markdown bodies on every core: worker threads parse a share each while this thread
 * parses its own, and the trees come back as plain data (the same trees parseMarkdown gives).
 * Parsing is ~40% of loading the content and what limits a 10,000-document build.
 *
 * It stays synchronous, as loading the content is: the results are collected with
 * receiveMessageOnPort, waiting on a shared counter the workers bump after each batch.
 * Used by the build and check commands (plain Node); pages and tests parse one by one.
 */
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Root } from 'mdast';
import { parseMarkdown } from './parse.ts';

/** Below this many bodies a worker's start-up (loading the parser) costs more than it saves. */
const MIN_BODIES = 200;
/** Trees sent back per message. */
export const BATCH = 25;
// Held in a variable so a bundler does not treat the worker as an asset to copy.
const WORKER_FILE = './parse-worker.ts';
/** A worker that has made no progress for this long is given up on, and its share parsed here. */
const STALL_MS = 60_000;

export interface WorkerInput {
  bodies: string[];
  port: MessagePort;
  /** Bumped (and notified) after each message is posted. */
  signal: Int32Array;
}

/** A message from a worker: the next trees of its share, in order, or why it stopped. */
export type WorkerMessage = { trees: Root[] } | { error: string };

export function parseMarkdownAll(bodies: readonly string[], threads = availableParallelism()): Root[] {
  const workers = Math.min(threads - 1, Math.floor(bodies.length / MIN_BODIES));
  if (workers < 1) return bodies.map(parseMarkdown);
  // Contiguous shares: this thread takes the first, each worker one of the others.
  const size = Math.ceil(bodies.length / (workers + 1));
  const shares = Array.from({ length: workers + 1 }, (_, i) => bodies.slice(i * size, (i + 1) * size));
  const started = shares.slice(1).map(startWorker);
  const out = shares[0]!.map(parseMarkdown);
  started.forEach((w, i) => out.push(...collect(w, shares[i + 1]!)));
  return out;
}

interface Started {
  worker: Worker;
  port: MessagePort;
  signal: Int32Array;
}

function startWorker(bodies: string[]): Started {
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const workerData: WorkerInput = { bodies, port: port2, signal };
  const worker = new Worker(new URL(WORKER_FILE, import.meta.url), { workerData, transferList: [port2] });
  worker.unref();
  return { worker, port: port1, signal };
}

function collect({ worker, port, signal }: Started, bodies: string[]): Root[] {
  const trees: Root[] = [];
  let stalledSince = Date.now();
  while (trees.length < bodies.length) {
    const seen = Atomics.load(signal, 0);
    const received = receiveMessageOnPort(port);
    if (received) {
      const message = received.message as WorkerMessage;
      if ('error' in message) throw new Error(`Không đọc được Markdown ở luồng phụ: ${message.error}`);
      trees.push(...message.trees);
      stalledSince = Date.now();
    } else if (Atomics.wait(signal, 0, seen, 1000) === 'timed-out' && Date.now() - stalledSince > STALL_MS) {
      // The worker could not start or died: parse what is left here rather than wait forever.
      trees.push(...bodies.slice(trees.length).map(parseMarkdown));
    }
  }
  void worker.terminate();
  port.close();
  return trees;
}
