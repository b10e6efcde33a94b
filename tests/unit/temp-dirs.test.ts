/** The test suite's temporary folders (tests/support/temp-dirs.ts) do not pile up in tests/.output/. */
import { describe, it, expect } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { OUTPUT } from '../support/paths.ts';
import { removeTempDirs, tempDir } from '../support/temp-dirs.ts';
import { makeContent } from '../support/content-fixture.ts';

describe('temporary test folders', () => {
  it('are made under tests/.output/ and removed, with what was written in them', () => {
    const dir = tempDir('probe');
    const content = makeContent();
    expect(dirname(dir)).toBe(OUTPUT);
    expect(dirname(dirname(content))).toBe(OUTPUT);
    writeFileSync(join(dir, 'a.txt'), 'x');
    expect(existsSync(join(content, 'cau-hinh.yaml'))).toBe(true);
    const keep = process.env.LP_KEEP_TEST_OUTPUT;
    delete process.env.LP_KEEP_TEST_OUTPUT;
    try {
      expect(removeTempDirs()).toBe(2);
    } finally {
      if (keep !== undefined) process.env.LP_KEEP_TEST_OUTPUT = keep;
    }
    expect(existsSync(dir)).toBe(false);
    expect(existsSync(dirname(content))).toBe(false);
  });
});
