/**
 * A rendering thread of pool.ts: renders the jobs it is sent and stores each PNG in the cache,
 * answering with its size only (the bytes go to disk, never back through the main thread).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { setPriority } from 'node:os';
import { PngCache } from './cache.ts';
import { renderPng, type PngJob } from './render.ts';

export interface WorkRequest {
  id: number;
  key: string;
  job: PngJob;
}
export type WorkReply = { id: number; size: number; error?: undefined } | { id: number; error: string };

// The lowest CPU priority, for this thread alone: on Linux a nice value is a thread's own, so the
// build's main thread and Pagefind's processes, which the build waits for, get the cores first
// and the images take the time they leave. (Elsewhere it would be the whole process's: left alone.)
if (process.platform === 'linux') {
  try {
    setPriority(19);
  } catch {
    // Not allowed here: render at the usual priority.
  }
}

const { dir, fingerprint } = workerData as { dir: string; fingerprint: string };
const cache = new PngCache(dir, fingerprint);

parentPort!.on('message', (req: WorkRequest) => {
  let reply: WorkReply;
  try {
    const png = renderPng(req.job);
    cache.write(req.key, png);
    reply = { id: req.id, size: png.length };
  } catch (error) {
    reply = { id: req.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
