import { hkToCn, twToCn } from './opencc';

// Folded code unit per BMP code unit; 0 means not looked up yet. Lookups through OpenCC cost
// microseconds, and an article repeats a few hundred distinct characters, so each is converted once.
const table = new Uint16Array(0x10000);

function isHan(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

function lookup(code: number): number {
  const char = String.fromCharCode(code);
  let out = twToCn()(char);
  // Hong Kong variants (e.g. 衞) that the Taiwan table leaves alone.
  if (out === char) out = hkToCn()(char);
  // Conversions that are not exactly one character would shift offsets: keep the character.
  return out.length === 1 ? out.charCodeAt(0) : code;
}

function foldCode(code: number): number {
  if (code >= 0xff10 && code <= 0xff5a && (code <= 0xff19 || code >= 0xff21) && (code <= 0xff3a || code >= 0xff41)) return code - 0xfee0;
  if (!isHan(code)) return code;
  let folded = table[code]!;
  if (folded === 0) table[code] = folded = lookup(code);
  return folded;
}

/** The simplified form of one character, or the character itself when conversion is not exactly one character. */
export function simplifiedChar(char: string): string {
  return char.length === 1 ? String.fromCharCode(foldCode(char.charCodeAt(0))) : char;
}

/**
 * Folds text to simplified characters and half-width digits and letters without changing its length,
 * so that offsets found in the folded text are valid in the original. Characters outside the BMP stay.
 */
export function foldText(text: string): string {
  let codes: Uint16Array | null = null;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x3400) continue;
    const folded = foldCode(code);
    if (folded !== code) {
      codes ??= Uint16Array.from({ length: text.length }, (_, j) => text.charCodeAt(j));
      codes[i] = folded;
    }
  }
  if (!codes) return text;
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.subarray(i, i + 8192));
  return out;
}
