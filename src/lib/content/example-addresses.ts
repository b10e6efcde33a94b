/**
 * The bundled content/cau-hinh.yaml is an example: its site address and feedback channels are on
 * example.gov.vn. A province that publishes it unchanged sends people's reports to an address
 * that does not exist, so the build names each example address it still finds. An example domain
 * is one with a label "example" (RFC 2606: example.com, *.example; our example.gov.vn).
 */
import type { PortalConfig } from './schema.ts';

const EXAMPLE_HOST = /(^|\.)example(\.|$)/i;

/** Host of an https:, mailto: or tel: address, or of an e-mail address; null when there is none. */
function hostOf(address: string): string | null {
  const mail = /^(?:mailto:)?[^@\s/:]+@([^?\s>]+)/i.exec(address);
  if (mail) return mail[1]!;
  try {
    return new URL(address).hostname || null;
  } catch {
    return null;
  }
}

/**
 * The configuration's addresses on an example domain, each with the field that holds it. `siteUrl`
 * is where the site is published (SITE_URL overrides the configured one).
 */
export function exampleAddresses(config: PortalConfig, siteUrl: string = config.siteUrl): { field: string; address: string }[] {
  const addresses = [
    { field: 'siteUrl', address: siteUrl },
    ...(config.feedback?.forms ?? []).map((f, i) => ({ field: `feedback.forms[${i}].url`, address: f.url })),
    { field: 'feedback.email', address: config.feedback?.email ?? '' },
  ];
  return addresses.filter(({ address }) => {
    const host = address ? hostOf(address) : null;
    return host !== null && EXAMPLE_HOST.test(host);
  });
}
