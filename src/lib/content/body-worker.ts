/** Worker thread of processBodiesAll (body-parallel.ts): processes its share, sends results in batches. */
import { workerData } from 'node:worker_threads';
import { processBody } from './body.ts';
import { BATCH, type WorkerInput, type WorkerMessage } from './body-parallel.ts';

const { jobs, context, cache, port, signal } = workerData as WorkerInput;
const send = (message: WorkerMessage) => {
  // Post first, then bump the counter: the parent reads the port once it sees the new count.
  port.postMessage(message);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
};
try {
  for (let i = 0; i < jobs.length; i += BATCH) send({ results: jobs.slice(i, i + BATCH).map((job) => processBody(job, context, cache)) });
} catch (error) {
  send({ error: error instanceof Error ? error.message : String(error) });
}
