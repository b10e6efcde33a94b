/** Builds the bundled content once for the build tests. */
import type { TestProject } from 'vitest/node';
import { ensureSiteBuilt } from '../support/site.ts';

export default async function setup(project: TestProject): Promise<void> {
  project.provide('siteDir', await ensureSiteBuilt());
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}
