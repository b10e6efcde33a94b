/**
 * Signature lines are printed in capitals ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC"); the
 * portal writes them the way the document's own text does ("T/M Ban Thường vụ", "Phó Bí thư
 * Thường trực"). Official titles and bodies keep their capitals from this list.
 */

const PHRASES = [
  'Ban Thường vụ', 'Ban Chấp hành', 'Ban Bí thư', 'Bộ Chính trị', 'Phó Bí thư', 'Bí thư', 'Thường trực',
  'Phó Chủ tịch', 'Chủ tịch', 'Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Đảng ủy', 'Ủy ban nhân dân',
  'Hội đồng nhân dân', 'Mặt trận Tổ quốc Việt Nam', 'Phó Giám đốc', 'Giám đốc', 'Phó Trưởng ban',
  'Trưởng ban', 'Chánh Văn phòng', 'Phó Chánh Văn phòng', 'Văn phòng', 'Trung ương', 'Ủy viên',
  'Thủ trưởng', 'Tổng Bí thư',
];
const PREFIX = /^(T\/M|TM\.?|KT\.?|TL\.?|TUQ\.?|Q\.)\s*/u;

function isUpper(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters !== '' && letters === letters.toUpperCase();
}

/** "PHÓ BÍ THƯ THƯỜNG TRỰC" → "Phó Bí thư Thường trực"; text not in capitals is returned as is. */
export function officialCase(text: string): string {
  const s = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!isUpper(s)) return s;
  const prefix = PREFIX.exec(s);
  const head = prefix ? `${prefix[1]!.replace(/^TM$/, 'T/M')} ` : '';
  let rest = s.slice(prefix ? prefix[0].length : 0).toLocaleLowerCase('vi');
  rest = rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1);
  for (const p of PHRASES) {
    rest = rest.replace(new RegExp(`(?<![\\p{L}])${p.toLocaleLowerCase('vi')}(?![\\p{L}])`, 'giu'), p);
  }
  return head + rest;
}

/** "NGUYỄN ĐĂNG BÌNH" → "Nguyễn Đăng Bình"; a name in mixed case is kept. */
export function nameCase(text: string): string {
  const s = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!isUpper(s)) return s;
  return s
    .toLocaleLowerCase('vi')
    .split(' ')
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1))
    .join(' ');
}

export { isUpper };
