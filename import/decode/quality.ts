import { commonChars } from './common-chars';

export interface TextQuality {
  chars: number;
  han: number;
  commonHan: number;
  replacement: number;
  control: number;
  privateUse: number;
  latin1Letters: number;
  asciiLetters: number;
  readable: number;
  /** Whether the whole text was measured rather than its beginning. */
  complete: boolean;
}

// Long files are judged on their beginning: a wrong charset shows within the first pages.
const SAMPLE = 100_000;

export function measureText(text: string): TextQuality {
  const common = commonChars();
  const q: TextQuality = { chars: 0, han: 0, commonHan: 0, replacement: 0, control: 0, privateUse: 0, latin1Letters: 0, asciiLetters: 0, readable: 0, complete: text.length <= SAMPLE };
  const end = Math.min(text.length, SAMPLE);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0x3000 || code === 0xa0) continue;
    q.chars++;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xfffe || code === 0xffff) {
      if (code !== 0x0c && code !== 0x0b) q.control++;
    } else if (code === 0xfffd) q.replacement++;
    else if (code >= 0xe000 && code <= 0xf8ff) q.privateUse++;
    else if ((code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff)) {
      q.han++;
      q.readable++;
      if (common[code] === 1) q.commonHan++;
    } else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) {
      q.asciiLetters++;
      q.readable++;
    } else if (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7) {
      q.latin1Letters++;
      q.readable++;
    } else if ((code >= 0x30 && code <= 0x39) || (code >= 0x3040 && code <= 0x30ff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0x100 && code <= 0x24f) || (code >= 0x370 && code <= 0x52f)) {
      q.readable++;
    }
  }
  return q;
}

/** Higher is better; used to choose among candidate charsets. */
export function decodeScore(q: TextQuality): number {
  if (q.chars === 0) return 0;
  const hanShare = q.han >= 1 ? q.commonHan / q.han : 0.5;
  const noise = (q.replacement + q.control + q.privateUse) / q.chars;
  return hanShare - 5 * noise;
}

export const NO_READABLE_TEXT = 'no readable text';

/** Why a decoded text is not text at all but mojibake or binary; null when it reads as text. */
export function undecodableReason(q: TextQuality): string | null {
  if (q.chars === 0) return null;
  if (q.replacement > 1 && q.replacement / q.chars > 0.005) return `${q.replacement} undecodable byte sequences`;
  if (q.control > 2 && q.control / q.chars > 0.005) return `${q.control} control characters: binary data or a wrong charset`;
  if (q.privateUse > 2 && q.privateUse / q.chars > 0.01) return `${q.privateUse} private-use characters: a wrong charset`;
  if (q.readable === 0 && q.complete) return NO_READABLE_TEXT;
  if (q.han >= 20 && q.commonHan / q.han < 0.4) return 'Chinese characters are mostly rare ones: a wrong charset or garbled bytes';
  // Chinese bytes read as Latin-1 give a soup of accented letters and little plain ASCII.
  if (q.latin1Letters > 10 && q.latin1Letters / (q.latin1Letters + q.asciiLetters) > 0.3) return 'accented Latin letters everywhere: mojibake';
  return null;
}
