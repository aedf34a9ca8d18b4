const pad = (n: number) => String(n).padStart(2, '0');

export function isValidDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

const NUMERIC = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*[T ]?\s*(\d{1,2})\s*[:：时時]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?/;

/**
 * The first date, with its time when given, in text such as "2023-06-12 22:21:12",
 * "2024/6/7 16:47", "2024年9月24日 08:30", as local 'YYYY-MM-DDTHH:mm:ss' or 'YYYY-MM-DD'.
 */
export function findDateTime(text: string): string | null {
  const m = NUMERIC.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidDate(year, month, day)) return null;
  const date = isoDate(year, month, day);
  if (m[4] === undefined) return date;
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return date;
  return `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
}

const CHINA_OFFSET_MINUTES = 8 * 60;

/**
 * A machine timestamp from page metadata. Timestamps with a zone ("Z", "+00:00") are turned into
 * China Standard Time wall time, since the articles are Chinese and the app stores zone-less local time.
 */
export function parseMachineTimestamp(value: string): string | null {
  const text = value.trim();
  const zoned = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})$/i.exec(text);
  if (zoned) {
    const zone = zoned[7]!.toUpperCase();
    const offset = zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
    const utc = Date.UTC(+zoned[1]!, +zoned[2]! - 1, +zoned[3]!, +zoned[4]!, +zoned[5]!, +(zoned[6] ?? 0)) - offset * 60_000;
    const local = new Date(utc + CHINA_OFFSET_MINUTES * 60_000);
    return `${isoDate(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  }
  return findDateTime(text);
}
