import iconv from 'iconv-lite';

const ALIASES: Record<string, string> = {
  'utf-8': 'UTF-8', utf8: 'UTF-8',
  gb2312: 'GB18030', gbk: 'GB18030', gb18030: 'GB18030', 'x-gbk': 'GB18030', cp936: 'GB18030', 'euc-cn': 'GB18030', 'gb_2312-80': 'GB18030',
  big5: 'Big5', 'big5-hkscs': 'Big5', 'x-x-big5': 'Big5', cp950: 'Big5',
  'utf-16': 'UTF-16LE', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE',
};

/**
 * The canonical name of a charset label from a file or from chardet, or null when iconv-lite cannot
 * decode it. GBK and GB2312 are read as GB18030, their superset.
 */
export function canonicalCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const key = label.trim().toLowerCase();
  const known = ALIASES[key];
  if (known) return known;
  return iconv.encodingExists(key) ? label.trim() : null;
}
