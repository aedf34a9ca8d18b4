import iconv from 'iconv-lite';

const big5Cache = new Map<string, boolean>();
const gb2312Cache = new Map<string, boolean>();

/**
 * Whether a Han character is in standard Big5 (not the HKSCS extension, which iconv-lite also
 * encodes and which holds many simplified forms such as 业 and 发).
 */
export function inBig5(char: string): boolean {
  let hit = big5Cache.get(char);
  if (hit === undefined) {
    const bytes = iconv.encode(char, 'big5');
    const code = bytes.length === 2 ? (bytes[0]! << 8) | bytes[1]! : 0;
    hit = (code >= 0xa440 && code <= 0xc67e) || (code >= 0xc940 && code <= 0xf9d5);
    big5Cache.set(char, hit);
  }
  return hit;
}

/** Whether a Han character is in GB2312, the simplified set that excludes the traditional forms GBK added. */
export function inGb2312(char: string): boolean {
  let hit = gb2312Cache.get(char);
  if (hit === undefined) {
    const bytes = iconv.encode(char, 'gbk');
    hit = bytes.length === 2 && bytes[0]! >= 0xb0 && bytes[0]! <= 0xf7 && bytes[1]! >= 0xa1 && bytes[1]! <= 0xfe;
    gb2312Cache.set(char, hit);
  }
  return hit;
}
