import * as OpenCC from 'opencc-js';

// Folding maps text to one comparable form: simplified script, half-width,
// lower case. It works character by character and never changes the length,
// so an offset found in folded text is the same offset in the original.
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const cache = new Map<string, string>();

function foldChar(ch: string): string {
  let out = cache.get(ch);
  if (out !== undefined) return out;
  out = ch;
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) out = String.fromCharCode(code - 0xfee0);
  else if (code === 0x3000) out = ' ';
  else if (code >= 0x3400) {
    const s = toSimplified(ch);
    if (s.length === 1) out = s;
  }
  out = out.toLowerCase();
  if (out.length !== 1) out = ch;
  cache.set(ch, out);
  return out;
}

// Built as UTF-16 code units in one buffer: appending character by character
// made a rope of one string per character, ~40 bytes each, which for a long
// imported article cost more memory than the text itself many times over.
export function fold(text: string): string {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Surrogate pairs are kept as they are: folding never needs them and this keeps lengths equal.
    if (c >= 0xd800 && c <= 0xdfff) units[i] = c;
    else if (c < 0x80) units[i] = c >= 65 && c <= 90 ? c + 32 : c;
    else units[i] = foldChar(text[i]).charCodeAt(0);
  }
  return Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le');
}
