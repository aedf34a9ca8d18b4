import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { ParseError } from '../types';
import { canonicalCharset } from './charset-names';
import { NO_READABLE_TEXT, decodeScore, measureText, undecodableReason, type TextQuality } from './quality';

export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; error: ParseError };

interface Candidate { name: string; text: string; quality: TextQuality; score: number }

const STRONG = 0.75;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function fail(code: ParseError['code'], message: string): DecodeResult {
  return { ok: false, error: { code, message } };
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'UTF-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'UTF-16LE', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'UTF-16BE', skip: 2 };
  return null;
}

// ASCII-heavy UTF-16 without a BOM shows as zero bytes in every other position.
function zeroByteUtf16(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd / pairs > 0.2 && even / pairs < 0.05) return 'UTF-16LE';
  if (even / pairs > 0.2 && odd / pairs < 0.05) return 'UTF-16BE';
  return null;
}

/** Bytes to drop so that a UTF-8 file cut inside its last character still decodes. */
function incompleteUtf8Tail(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

function tryStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    const cut = incompleteUtf8Tail(bytes);
    if (cut === 0) return null;
    try {
      return strictUtf8.decode(bytes.subarray(0, bytes.length - cut));
    } catch {
      return null;
    }
  }
}

function iconvDecode(bytes: Uint8Array, encoding: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

/** `certain`: the charset is known (BOM, valid UTF-8), so text without letters is empty, not undecodable. */
function accept(text: string, encoding: string, quality: TextQuality = measureText(text), certain = false): DecodeResult {
  if (text.trim() === '') return fail('empty', 'the file holds no text');
  const reason = undecodableReason(quality);
  if (reason === NO_READABLE_TEXT && certain) return fail('empty', 'the file holds no words, only symbols');
  if (reason) return fail('undecodable', `cannot read the file as ${encoding}: ${reason}`);
  return { ok: true, text, encoding };
}

/**
 * Decodes text bytes by detection, never by assumption. A strict UTF-8 decode is trusted first
 * because non-UTF-8 Chinese almost never passes it; otherwise GB18030, Big5, UTF-16 and chardet's
 * own guesses are each decoded and scored by how common their Chinese characters are.
 * `declared` (an HTML <meta charset>) wins only when the bytes agree with it about as well as the best.
 */
export function decodeBytes(bytes: Uint8Array, declared?: string | null): DecodeResult {
  if (bytes.length === 0) return fail('empty', 'the file is empty');

  const bom = bomEncoding(bytes);
  if (bom) {
    const body = bytes.subarray(bom.skip);
    const text = bom.encoding === 'UTF-8' ? tryStrictUtf8(body) : iconvDecode(body, bom.encoding);
    if (text === null) return fail('undecodable', 'the file starts with a UTF-8 byte order mark but is not UTF-8');
    return accept(text, bom.encoding, undefined, true);
  }

  const wide = zeroByteUtf16(bytes);
  if (wide) return accept(iconvDecode(bytes, wide), wide);

  const utf8 = tryStrictUtf8(bytes);
  if (utf8 !== null) return accept(utf8, 'UTF-8', undefined, true);

  const declaredName = canonicalCharset(declared);
  const candidates: Candidate[] = [];
  const tried = new Set<string>();
  const attempt = (name: string, bonus = 0): Candidate => {
    tried.add(name);
    const text = iconvDecode(bytes, name);
    const quality = measureText(text);
    const candidate = { name, text, quality, score: decodeScore(quality) + bonus };
    candidates.push(candidate);
    return candidate;
  };
  // Chinese decoded with the right charset scores about 0.8 and up, with a wrong one rarely above 0.3,
  // so a strong first candidate ends the search before the costlier chardet pass.
  const first = [declaredName && declaredName !== 'UTF-8' ? declaredName : null, 'GB18030', 'Big5'];
  if (bytes.length % 2 === 0) first.push('UTF-16LE', 'UTF-16BE');
  for (const name of first) {
    if (!name || tried.has(name)) continue;
    const candidate = attempt(name);
    if (candidate.score >= STRONG) return accept(candidate.text, candidate.name, candidate.quality);
  }
  // chardet breaks near-ties only; its confidence is unreliable on short texts.
  for (const guess of chardet.analyse(bytes)) {
    const name = canonicalCharset(guess.name);
    const bonus = 0.05 * (guess.confidence / 100);
    const known = candidates.find((c) => c.name === name);
    if (known) known.score += bonus;
    else if (name && name !== 'UTF-8' && guess.confidence >= 50) attempt(name, bonus);
  }
  const best = candidates.reduce((a, b) => (b.score > a.score ? b : a));
  const declaredCandidate = candidates.find((c) => c.name === declaredName);
  const chosen = declaredCandidate && declaredCandidate.score >= best.score - 0.1 ? declaredCandidate : best;
  return accept(chosen.text, chosen.name, chosen.quality);
}
