/** Builds the bundled content once and serves it on loopback for the browser tests. */
import type { TestProject } from 'vitest/node';
import { ensureSiteBuilt } from '../support/site.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';

let server: StaticServer | null = null;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await ensureSiteBuilt();
  server = await serveStatic(dir);
  project.provide('siteUrl', server.url);
  // The built folder too, for tests that list the pages to visit (tests/e2e/a11y.test.ts).
  project.provide('siteDir', dir);
  return async () => {
    await server?.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}
