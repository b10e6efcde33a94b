/**
 * Processes many document bodies (body.ts) on every core: worker threads take a share each while
 * this thread does its own, and the results come back as plain data: rendered HTML, task rows,
 * problems and links, not the parse trees, which were most of what crossing threads cost.
 * Parsing and rendering are most of loading the content and what limits a 10,000-document build.
 *
 * It stays synchronous, as loading the content is: the results are collected with
 * receiveMessageOnPort, waiting on a shared counter the workers bump after each batch.
 * Used by the build and check commands (plain Node), with the cache of processed bodies
 * (cachedProcessAll); pages and tests process bodies one by one.
 */
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { processBody, type BodyContext, type BodyJob, type ProcessedBody } from './body.ts';
import { bodyCacheRoot, codeFingerprint, openBodyCache, type BodyCacheSpec } from './body-cache.ts';

/** Below this many bodies a worker's start-up (loading the parser) costs more than it saves. */
const MIN_BODIES = 200;
/** Results sent back per message. */
export const BATCH = 25;
// Held in a variable so a bundler does not treat the worker as an asset to copy.
const WORKER_FILE = './body-worker.ts';
/** A worker that has made no progress for this long is given up on, and its share processed here. */
const STALL_MS = 60_000;

export interface WorkerInput {
  jobs: BodyJob[];
  context: BodyContext;
  cache: BodyCacheSpec | null;
  port: MessagePort;
  /** Bumped (and notified) after each message is posted. */
  signal: Int32Array;
}

/** A message from a worker: the next results of its share, in order, or why it stopped. */
export type WorkerMessage = { results: ProcessedBody[] } | { error: string };

export interface ProcessAllOptions {
  /** Threads to use, this one included; every core by default. */
  threads?: number;
  /** Processed bodies kept between builds (body-cache.ts); none by default. */
  cache?: BodyCacheSpec | null;
}

export function processBodiesAll(jobs: readonly BodyJob[], context: BodyContext, { threads = availableParallelism(), cache = null }: ProcessAllOptions = {}): ProcessedBody[] {
  const one = (job: BodyJob) => processBody(job, context, cache);
  const workers = Math.min(threads - 1, Math.floor(jobs.length / MIN_BODIES));
  if (workers < 1) return jobs.map(one);
  // Contiguous shares: this thread takes the first, each worker one of the others.
  const size = Math.ceil(jobs.length / (workers + 1));
  const shares = Array.from({ length: workers + 1 }, (_, i) => jobs.slice(i * size, (i + 1) * size));
  const started = shares.slice(1).map((share) => startWorker(share, context, cache));
  const out = shares[0]!.map(one);
  started.forEach((w, i) => out.push(...collect(w, shares[i + 1]!, one)));
  return out;
}

/**
 * processBodiesAll with the project's cache of processed bodies (body-cache.ts), which the build and
 * check commands share: a body checked by one is not processed again by the other.
 */
export function cachedProcessAll(root: string, env: Record<string, string | undefined> = process.env, warn: (message: string) => void = console.warn): (jobs: readonly BodyJob[], context: BodyContext) => ProcessedBody[] {
  const cache = openBodyCache(bodyCacheRoot(root, env), codeFingerprint(root), (problem) =>
    warn(`Cảnh báo: ${problem}; mọi văn bản được xử lý từ đầu và không được lưu cho lần sau.`));
  return (jobs, context) => processBodiesAll(jobs, context, { cache });
}

interface Started {
  worker: Worker;
  port: MessagePort;
  signal: Int32Array;
}

function startWorker(jobs: BodyJob[], context: BodyContext, cache: BodyCacheSpec | null): Started {
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const workerData: WorkerInput = { jobs, context, cache, port: port2, signal };
  const worker = new Worker(new URL(WORKER_FILE, import.meta.url), { workerData, transferList: [port2] });
  worker.unref();
  return { worker, port: port1, signal };
}

function collect({ worker, port, signal }: Started, jobs: BodyJob[], one: (job: BodyJob) => ProcessedBody): ProcessedBody[] {
  const results: ProcessedBody[] = [];
  let stalledSince = Date.now();
  while (results.length < jobs.length) {
    const seen = Atomics.load(signal, 0);
    const received = receiveMessageOnPort(port);
    if (received) {
      const message = received.message as WorkerMessage;
      if ('error' in message) throw new Error(`Không xử lý được văn bản ở luồng phụ: ${message.error}`);
      results.push(...message.results);
      stalledSince = Date.now();
    } else if (Atomics.wait(signal, 0, seen, 1000) === 'timed-out' && Date.now() - stalledSince > STALL_MS) {
      // The worker could not start or died: process what is left here rather than wait forever.
      results.push(...jobs.slice(results.length).map(one));
    }
  }
  void worker.terminate();
  port.close();
  return results;
}
