/**
 * Reading a Content-Security-Policy: directives and their sources, which directive governs
 * scripts and styles, and whether an inline block's hash is allowed.
 */
import { createHash } from 'node:crypto';

export type Policy = Map<string, string[]>;

/** "script-src 'self' 'sha256-…'; object-src 'none'" → Map { script-src → ["'self'", …], … }. */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    // The first occurrence of a directive wins; browsers ignore repeats.
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The sources that apply to `<script>` elements (or `<style>`, `<link rel=stylesheet>`), with the spec's fallbacks. */
export function elementSources(policy: Policy, kind: 'script' | 'style'): string[] | null {
  return policy.get(`${kind}-src-elem`) ?? policy.get(`${kind}-src`) ?? policy.get('default-src') ?? null;
}

/** The sources that apply to inline event handlers (`script`) or `style="…"` attributes (`style`). */
export function attributeSources(policy: Policy, kind: 'script' | 'style'): string[] | null {
  return policy.get(`${kind}-src-attr`) ?? policy.get(`${kind}-src`) ?? policy.get('default-src') ?? null;
}

/** Whether an inline block with this text runs under `sources` (null: no directive, anything goes). */
export function inlineAllowed(sources: string[] | null, text: string): boolean {
  if (sources === null) return true;
  const hashed = sources.some((s) => /^'(sha(256|384|512)-|nonce-)/i.test(s));
  // 'unsafe-inline' is ignored by browsers once a hash or nonce is present.
  if (!hashed && sources.includes("'unsafe-inline'")) return true;
  return (['sha256', 'sha384', 'sha512'] as const).some((alg) => sources.includes(`'${alg}-${createHash(alg).update(text, 'utf8').digest('base64')}'`));
}

/** The policy without hashes and nonces, as "directive sources; …" sorted, for comparing two policies. */
export function policyShape(policy: Policy, skip: readonly string[] = []): Map<string, string> {
  const shape = new Map<string, string>();
  for (const [name, sources] of policy) {
    if (skip.includes(name)) continue;
    shape.set(name, sources.filter((s) => !/^'(sha(256|384|512)-|nonce-)/i.test(s)).join(' '));
  }
  return shape;
}

/** The Content-Security-Policy an nginx config sends (`add_header Content-Security-Policy "…"`), or null. */
export function cspFromNginxConf(conf: string): string | null {
  const lines = conf.split('\n').filter((l) => !l.trim().startsWith('#'));
  const m = /add_header\s+Content-Security-Policy\s+(?:"([^"]*)"|'([^']*)')/i.exec(lines.join('\n'));
  return m ? (m[1] ?? m[2] ?? null) : null;
}
