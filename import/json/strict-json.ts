import { decodeBytes } from '../decode/decode';

// JSON typed or exported by researchers (records for `chainline add`) must
// arrive exactly as written: JSON.parse alone accepts GBK bytes as mojibake,
// keeps the last of two equal keys and lets escaped lone surrogates through.

export class JsonInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JsonInputError';
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** UTF-8 text (a byte order mark is allowed and dropped), or an error naming the encoding the bytes look like. */
function utf8Text(bytes: Uint8Array, what: string): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    const guess = decodeBytes(bytes);
    const looks = guess.ok ? ` (it looks like ${guess.encoding})` : '';
    throw new JsonInputError(`${what} is not UTF-8${looks}: save it as UTF-8 and try again`);
  }
}

/** Where the text offset is, as line:column, for messages a person can follow. */
function position(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/**
 * Finds a key written twice in one object. Runs after JSON.parse has accepted
 * the text, so only strings and the six structural characters matter here.
 */
function duplicateKey(text: string): { key: string; at: number } | null {
  const stack: { keys: Set<string> | null; expectKey: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top?.keys && top.expectKey) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        if (top.keys.has(key)) return { key, at: i };
        top.keys.add(key);
        top.expectKey = false;
      }
      i = j;
    } else if (c === '{') stack.push({ keys: new Set(), expectKey: true });
    else if (c === '[') stack.push({ keys: null, expectKey: false });
    else if (c === '}' || c === ']') stack.pop();
    else if (c === ',') {
      const top = stack[stack.length - 1];
      if (top?.keys) top.expectKey = true;
    }
  }
  return null;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path of the first string (key or value) holding half a surrogate pair, which no text encoding can store. */
function loneSurrogate(value: unknown, path: string): string | null {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path || '(top level)' : null;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = loneSurrogate(v, `${path}[${i}]`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (LONE_SURROGATE.test(k)) return `${path}${path ? '.' : ''}${k}`;
      const found = loneSurrogate(v, `${path}${path ? '.' : ''}${k}`);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Parses JSON bytes strictly: UTF-8 only (BOM allowed), no duplicate keys, no
 * lone surrogates. `what` names the input in messages ("records.json",
 * "standard input").
 */
export function parseStrictJson(bytes: Uint8Array, what: string): unknown {
  const text = utf8Text(bytes, what).replace(/^\uFEFF/, '');
  if (!text.trim()) throw new JsonInputError(`${what} is empty`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const m = /position (\d+)/.exec((err as Error).message);
    const where = m ? ` at ${position(text, Number(m[1]))}` : '';
    throw new JsonInputError(`${what} is not valid JSON${where}`);
  }
  const dup = duplicateKey(text);
  if (dup) throw new JsonInputError(`${what} has the key "${dup.key}" twice in one object (${position(text, dup.at)}): which one is meant is unclear`);
  const lone = loneSurrogate(value, '');
  if (lone) throw new JsonInputError(`${what}: ${lone} holds a broken character (half of a surrogate pair)`);
  return value;
}
