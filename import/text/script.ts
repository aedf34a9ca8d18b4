import type { Script } from '../types';
import { inBig5, inGb2312 } from './charsets';
import { simplifiedChar } from './fold';
import { cnToTw } from './opencc';

const UNKNOWN = 0;
const SIMPLIFIED = 1;
const TRADITIONAL = 2;
const SHARED = 3;
const kinds = new Uint8Array(0x10000);

// A character counts for one script only when the other script's standard charset lacks it:
// 台, 后, 干 and 里 convert to other forms yet are ordinary traditional characters too.
function kindOf(code: number): number {
  let kind = kinds[code]!;
  if (kind === UNKNOWN) {
    const char = String.fromCharCode(code);
    if (cnToTw()(char) !== char && !inBig5(char)) kind = SIMPLIFIED;
    else if (simplifiedChar(char) !== char && !inGb2312(char)) kind = TRADITIONAL;
    else kind = SHARED;
    kinds[code] = kind;
  }
  return kind;
}

/**
 * 'mixed' needs the minority script to be more than noise: at least two characters and 5% of the
 * script-specific ones. Text whose characters are all shared by both scripts reads as 'simplified'.
 */
export function detectScript(text: string): Script {
  let simplified = 0;
  let traditional = 0;
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!((code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff))) continue;
    han++;
    const kind = kindOf(code);
    if (kind === SIMPLIFIED) simplified++;
    else if (kind === TRADITIONAL) traditional++;
  }
  if (han === 0) return 'none';
  const minority = Math.min(simplified, traditional);
  if (minority >= 2 && minority / (simplified + traditional) >= 0.05) return 'mixed';
  return traditional > simplified ? 'traditional' : 'simplified';
}
