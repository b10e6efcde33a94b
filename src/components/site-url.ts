/** Absolute URL of the site with its base path, no trailing slash: "https://tinh.gov.vn/phapluat". */
export function siteUrl(): string {
  return new URL(import.meta.env.BASE_URL, import.meta.env.SITE).href.replace(/\/+$/, '');
}
