/**
 * URL slugs from Vietnamese text: tone marks removed, đ → d, lowercase ASCII words joined by "-".
 * Used for anchors and URL segments so links are readable and stable.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
