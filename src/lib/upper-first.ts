/** `s` with its first letter in upper case, as a name or title starts a line or a label. */
export function upperFirst(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

/** `s` with its first letter in lower case, as a sentence continues after a colon. */
export function lowerFirst(s: string): string {
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}
