/**
 * The text of a received .txt or .md file: UTF-8, or what a byte order mark announces (Notepad
 * saves "Unicode" as UTF-16 LE with a mark, "Unicode big endian" as UTF-16 BE, and may put one
 * before UTF-8). Bytes that are not valid text in that encoding are refused with a message that
 * says what to do, never decoded into replacement characters.
 */

export type Decoded = { text: string } | { message: string };

const MARKS: { bytes: number[]; encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; name: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8', name: 'UTF-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le', name: 'UTF-16 LE' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be', name: 'UTF-16 BE' },
];

export function decodeText(buffer: Uint8Array): Decoded {
  const mark = MARKS.find((m) => m.bytes.every((b, i) => buffer[i] === b));
  // `fatal` refuses what is not valid text (a cut last character, a lone surrogate); the decoder
  // drops the mark itself.
  const decode = (encoding: string) => new TextDecoder(encoding, { fatal: true }).decode(buffer);
  if (mark) {
    try {
      return { text: decode(mark.encoding) };
    } catch {
      return { message: `tệp có dấu BOM của ${mark.name} nhưng nội dung không phải văn bản ${mark.name} hợp lệ (tệp hỏng hoặc bị cắt?); hãy mở lại và lưu dạng UTF-8` };
    }
  }
  if (looksLikeUtf16(buffer)) return { message: 'tệp có vẻ là văn bản UTF-16 không có dấu BOM; hãy mở bằng Notepad và lưu lại dạng UTF-8' };
  try {
    return { text: decode('utf-8') };
  } catch {
    return { message: 'tệp không phải văn bản UTF-8 (có thể là tệp nhị phân, hoặc bảng mã cũ như TCVN3/VNI); hãy lưu lại dạng UTF-8' };
  }
}

/**
 * UTF-16 without a mark: Latin letters, digits, spaces and line breaks leave a zero byte in every
 * other position (Vietnamese letters such as "ệ" do not, but every text has some of the others).
 * A binary file has zeros at both positions; a text file in UTF-8 or an old code page has none.
 */
function looksLikeUtf16(buffer: Uint8Array): boolean {
  const pairs = Math.floor(Math.min(buffer.length, 4096) / 2);
  if (pairs < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (buffer[i] === 0) even++;
    if (buffer[i + 1] === 0) odd++;
  }
  return Math.min(even, odd) === 0 && Math.max(even, odd) >= pairs / 4;
}
