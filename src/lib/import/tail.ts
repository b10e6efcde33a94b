/**
 * The foot of a directive, between its last paragraph and the appendix: "Nơi nhận:" and its
 * list, the typist's code ("NguyenHungCuong-222"), and the signature block ("T/M BAN THƯỜNG VỤ",
 * the title, the name). Whatever is none of these is handed back to be kept in the body.
 */
import type { PhrasingContent } from 'mdast';
import type { Block } from './blocks.ts';
import { plain } from './blocks.ts';
import { inlineToMarkdown } from './inline.ts';
import { isUpper, nameCase, officialCase } from './vi-case.ts';

export interface Signer {
  onBehalfOf: string | null;
  title: string | null;
  name: string | null;
}

export interface TailInfo {
  /** "Nơi nhận" lines as Markdown (emphasis kept), without the leading dash. */
  recipients: string[];
  copyCode: string | null;
  signer: Signer | null;
  /** Lines of the foot that are none of the above. */
  leftovers: PhrasingContent[][];
}

export const RECIPIENTS_LINE = /^nơi nhận\s*:?\s*$/iu;
/** "T/M BAN THƯỜNG VỤ", "KT. CHỦ TỊCH", "TL. BAN THƯỜNG VỤ"… */
export const SIGN_PREFIX = /^(?:T\/M|TM\.|KT\.|TL\.|TUQ\.|Q\.)\s*\p{Lu}/u;
const COPY_CODE = /^[\p{L}][\p{L}\p{N}._]*-\d+$/u;
const BULLET = /^\s*[-–•+]\s+/;

interface Item {
  nodes: PhrasingContent[];
  text: string;
  bullet: boolean;
}

export function readTail(blocks: readonly Block[]): TailInfo {
  const items: Item[] = [];
  for (const b of blocks) {
    if (b.kind === 'para') for (const l of b.lines) items.push({ nodes: l, text: plain(l), bullet: BULLET.test(plain(l)) });
    else if (b.kind === 'list') for (const l of b.items) items.push({ nodes: l, text: plain(l), bullet: true });
  }
  const info: TailInfo = { recipients: [], copyCode: null, signer: null, leftovers: [] };
  let inRecipients = false;
  let signer: Signer | null = null;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (RECIPIENTS_LINE.test(item.text)) {
      inRecipients = true;
      continue;
    }
    if (inRecipients && item.bullet) {
      info.recipients.push(withoutBullet(item));
      continue;
    }
    inRecipients = false;
    if (COPY_CODE.test(item.text) && !info.copyCode) {
      info.copyCode = item.text;
    } else if (SIGN_PREFIX.test(item.text) && !signer) {
      signer = { onBehalfOf: officialCase(item.text), title: null, name: null };
    } else if (isUpper(item.text) && item.text.length < 60 && (!signer || (!signer.title && !signer.name)) && looksLikeName(items[i + 1]?.text)) {
      signer ??= { onBehalfOf: null, title: null, name: null };
      signer.title = officialCase(item.text);
    } else if (signer && !signer.title && isUpper(item.text) && item.text.length < 60) {
      signer.title = officialCase(item.text);
    } else if (signer && !signer.name && looksLikeName(item.text)) {
      signer.name = nameCase(item.text);
    } else {
      info.leftovers.push(item.nodes);
    }
  }
  info.signer = signer;
  return info;
}

/** Two to six words, each starting with a capital: a person's name as printed under a signature. */
function looksLikeName(text: string | undefined): boolean {
  if (!text) return false;
  const words = text.split(' ');
  return words.length >= 2 && words.length <= 6 && words.every((w) => /^\p{Lu}/u.test(w)) && !SIGN_PREFIX.test(text);
}

function withoutBullet(item: Item): string {
  const nodes = structuredClone(item.nodes);
  const first = nodes[0];
  if (first?.type === 'text') first.value = first.value.replace(BULLET, '');
  return inlineToMarkdown(nodes);
}
