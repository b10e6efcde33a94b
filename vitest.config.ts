import { defineConfig } from 'vitest/config';

// Three kinds of tests (see README): unit tests of src/lib, build tests that build a fixture
// site once and read what it wrote, and browser tests in real Chromium against the built site.
// Each test file's temporary folders under tests/.output/ are removed when it ends (tests/support/cleanup.ts).
const setupFiles = ['tests/support/cleanup.ts'];

export default defineConfig({
  test: {
    projects: [
      // Some unit tests load the bundled content or a generated corpus: seconds on a busy machine.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], setupFiles, testTimeout: 30_000, hookTimeout: 60_000 } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/build/setup.ts'],
          setupFiles,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/setup.ts'],
          setupFiles,
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
