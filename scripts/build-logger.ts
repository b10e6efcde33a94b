/**
 * The log destination `npm run build` gives Astro (its Logger API, `logger.entrypoint`): Astro's
 * own Node destination behind src/lib/build-log.ts, which leaves out the line of each file
 * written unless PORTAL_LOG_PAGES=1.
 */
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import nodeDestination from 'astro/logger/node';
import { buildLogFilter, type BuildLogOptions } from '../src/lib/build-log.ts';

export default function buildLogger(options: BuildLogOptions = {}): AstroLoggerDestination {
  const node = nodeDestination();
  const write = buildLogFilter<AstroLoggerMessage>((event) => node.write(event), options);
  return { ...node, write };
}
