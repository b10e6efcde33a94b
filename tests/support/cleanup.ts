/** Setup file of every test project (vitest.config.ts): a test file's temporary folders go when it ends. */
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp-dirs.ts';

afterAll(() => {
  removeTempDirs();
});
