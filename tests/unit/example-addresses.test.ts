/**
 * The build names the example addresses a configuration still holds (the bundled one is an
 * example on example.gov.vn), so a province does not publish channels that do not exist.
 */
import { describe, expect, it } from 'vitest';
import { exampleAddresses } from '../../src/lib/content/example-addresses.ts';
import type { PortalConfig } from '../../src/lib/content/schema.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { ROOT, TEST_AS_OF } from '../support/paths.ts';

const config = (siteUrl: string, forms: string[], email?: string) =>
  ({ siteUrl, feedback: { forms: forms.map((url, i) => ({ name: `Biểu mẫu ${i + 1}`, url })), email, dialogues: [] } }) as unknown as PortalConfig;

describe('exampleAddresses', () => {
  it('names every example address of the bundled configuration', () => {
    const { corpus } = loadContent(`${ROOT}/content`, ROOT, { PORTAL_AS_OF: TEST_AS_OF });
    expect(exampleAddresses(corpus!.config).map((e) => e.field)).toEqual(['siteUrl', 'feedback.forms[0].url', 'feedback.email']);
  });

  it('finds example domains in web, mail and e-mail addresses, and nothing in real ones', () => {
    expect(exampleAddresses(config('https://phapluat.dienbien.gov.vn', ['https://dichvucong.dienbien.gov.vn/pa?so={so_hieu}'], 'stp@dienbien.gov.vn'))).toEqual([]);
    expect(exampleAddresses(config('https://example.com', ['mailto:hop-thu@tinh.example?subject={so_hieu}', 'https://a.example.org/x'], 'a@b.example.gov.vn'))).toEqual([
      { field: 'siteUrl', address: 'https://example.com' },
      { field: 'feedback.forms[0].url', address: 'mailto:hop-thu@tinh.example?subject={so_hieu}' },
      { field: 'feedback.forms[1].url', address: 'https://a.example.org/x' },
      { field: 'feedback.email', address: 'a@b.example.gov.vn' },
    ]);
    // "example" as part of a word is a real name.
    expect(exampleAddresses(config('https://counterexample.vn', ['tel:02153000000']))).toEqual([]);
  });

  it('judges the address the site is published at (SITE_URL), not the configured one', () => {
    expect(exampleAddresses(config('https://phapluat.example.gov.vn', []), 'https://phapluat.dienbien.gov.vn')).toEqual([]);
  });
});
