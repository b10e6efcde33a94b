/**
 * "Phản ánh vướng mắc": links that open the province's own intake channel (an online form or
 * an e-mail) with the document and part filled in. The site is static and stores nothing, so
 * a link is all it can offer; this module checks the configured URL templates and expands them.
 *
 * A template is an https:, mailto: or tel: address that may hold placeholders:
 *   {so_hieu}   the document number as written ("08-CT/TU"), empty when it has none
 *   {trich_yeu} type and title ("Chỉ thị về đổi mới công tác thi hành pháp luật, …")
 *   {duong_dan} the absolute page address, with "#<anchor>" when a part is concerned
 *   {muc}       the part's anchor ("muc-4-3"), empty for the whole document
 * Each value is URL-encoded (encodeURIComponent) where it is put.
 */

export const PLACEHOLDERS = ['so_hieu', 'trich_yeu', 'duong_dan', 'muc'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const ALLOWED = 'chỉ chấp nhận https:, mailto:, tel:';
const PLACEHOLDER = /\{([^{}]*)\}/g;

/**
 * What is wrong with a URL template, in words an editor can act on; null when it is fine.
 * The scheme must be written out before any placeholder, so a value can never choose it.
 */
export function templateProblem(template: string): string | null {
  if (/[\s\u0000-\u001f\u007f]/.test(template)) {
    return `địa chỉ "${template}" có khoảng trắng hoặc ký tự điều khiển; cần viết liền (khoảng trắng ghi là %20)`;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(template)?.[1]?.toLowerCase();
  if (!scheme) return `địa chỉ "${template}" thiếu giao thức; ${ALLOWED}`;
  if (scheme !== 'https' && scheme !== 'mailto' && scheme !== 'tel') return `địa chỉ "${template}" không an toàn; ${ALLOWED}`;

  const opened = (template.match(/\{/g) ?? []).length;
  const names = [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
  if (opened !== names.length || (template.match(/\}/g) ?? []).length !== names.length) {
    return `địa chỉ "${template}" có dấu { } không khớp; mỗi chỗ cần điền viết dạng {so_hieu}`;
  }
  const unknown = names.find((n) => !(PLACEHOLDERS as readonly string[]).includes(n));
  if (unknown !== undefined) {
    return `chỗ cần điền "{${unknown}}" không có; chỉ dùng được ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`;
  }

  const literal = template.replace(PLACEHOLDER, 'x');
  if (scheme === 'https') {
    // A placeholder in the host would let a document's title decide where the link goes.
    const beforeFirst = template.split('{')[0]!;
    if (names.length && !/^https:\/\/[^/?#]+[/?#]/i.test(beforeFirst)) {
      return `địa chỉ "${template}": chỗ cần điền chỉ được đặt sau tên miền, ví dụ https://dichvucong.example.gov.vn/phan-anh?so_hieu={so_hieu}`;
    }
    if (!URL.canParse(literal) || !new URL(literal).hostname.includes('.')) return `địa chỉ "${template}" không phải một địa chỉ https hợp lệ`;
  }
  if (scheme === 'mailto' && !/^mailto:[^@?\s]+@[^@?\s]+\.[^@?\s]+(\?.*)?$/i.test(literal)) {
    return `địa chỉ "${template}" không phải một địa chỉ thư hợp lệ; cần dạng mailto:phapche@example.gov.vn`;
  }
  if (scheme === 'tel' && !/^tel:\+?[0-9().-]+$/i.test(literal)) return `địa chỉ "${template}" không phải một số điện thoại hợp lệ; cần dạng tel:+84xxxxxxxxx`;
  return null;
}

/** What a feedback link is about. */
export interface FeedbackSubject {
  /** Document number as written; null when the document states none. */
  number: string | null;
  /** Type and title ("Chỉ thị về …"). */
  title: string;
  /** Absolute address of the document page, without a fragment. */
  url: string;
  /** Anchor of the part concerned; null or absent for the whole document. */
  anchor?: string | null;
  /** How the part is called in text ("mục 4.3"), for e-mail subjects. */
  part?: string | null;
}

/**
 * The link for `subject` from a template. A plain `mailto:` address without placeholders or a
 * query gets a subject and body, so the e-mail arrives already saying what it is about.
 */
export function feedbackHref(template: string, subject: FeedbackSubject): string {
  const problem = templateProblem(template);
  if (problem) throw new Error(problem);
  const anchor = subject.anchor ?? '';
  const values: Record<Placeholder, string> = {
    so_hieu: subject.number ?? '',
    trich_yeu: subject.title,
    duong_dan: anchor ? `${subject.url}#${anchor}` : subject.url,
    muc: anchor,
  };
  if (/^mailto:/i.test(template) && !template.includes('{') && !template.includes('?')) {
    const about = [subject.number || subject.title, subject.part].filter(Boolean).join(', ');
    const body = [
      subject.title ? `Văn bản: ${subject.number ? `${subject.number} – ` : ''}${subject.title}` : null,
      subject.part ? `Phần: ${subject.part}` : null,
      `Địa chỉ: ${values.duong_dan}`,
      '',
      'Vướng mắc gặp phải khi áp dụng:',
      '',
    ].filter((l) => l !== null).join('\n');
    const title = about ? `Phản ánh vướng mắc: ${about}` : 'Phản ánh vướng mắc khi thi hành pháp luật';
    return `${template}?subject=${enc(title)}&body=${enc(body)}`;
  }
  return template.replace(PLACEHOLDER, (_, name: Placeholder) => enc(values[name]));
}

function enc(value: string): string {
  return encodeURIComponent(value.normalize('NFC'));
}

/** The `tel:` address of a hotline written for people ("0215 3 825 xxx", "+84 215 …"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}

/** The channels of content/cau-hinh.yaml `feedback` that links can prefill. */
export interface FeedbackChannels {
  forms: { name: string; url: string }[];
  email?: string | undefined;
}

/**
 * The template feedback links use: the first form, else the e-mail address. Null when the
 * portal configures neither (then no link is shown rather than a dead one).
 */
export function primaryTemplate(channels: FeedbackChannels | null | undefined): string | null {
  if (!channels) return null;
  return channels.forms[0]?.url ?? (channels.email ? `mailto:${channels.email}` : null);
}

/** Joins the site address, base path and a site path into an absolute address. */
export function absoluteUrl(site: { url: string; base: string }, path: string): string {
  const base = site.base.endsWith('/') ? site.base : `${site.base}/`;
  return `${site.url.replace(/\/+$/, '')}${base}${path.replace(/^\/+/, '')}`;
}
