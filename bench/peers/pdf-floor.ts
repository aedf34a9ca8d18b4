import type { Db } from '../../db/open';
import { launch } from '../browser';

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * The PDF peer: the least a Chromium-based export does. Launch Chromium,
 * print the same records as one plain HTML table (date, kind, title, chains,
 * regions) on A4, close. No timeline drawing, no layout of our own.
 */
export async function pdfFloor(db: Db, chromiumPath: string): Promise<{ seconds: number; bytes: number }> {
  const rows = db
    .prepare(
      `SELECT r.date_start AS date, r.kind, r.title,
         (SELECT group_concat(c.name, '、') FROM record_chains l JOIN chains c ON c.id = l.chain_id WHERE l.record_id = r.id) AS chains,
         (SELECT group_concat(g.name, '、') FROM record_regions l JOIN regions g ON g.id = l.region_id WHERE l.record_id = r.id) AS regions
       FROM records r WHERE r.deleted_at IS NULL ORDER BY r.first_day`,
    )
    .all() as Record<string, string | null>[];
  const html = `<!doctype html><meta charset="utf-8"><style>body{font:9pt sans-serif}td{border-bottom:1px solid #ccc;padding:2px 4px}</style><table>${rows
    .map((r) => `<tr>${['date', 'kind', 'title', 'chains', 'regions'].map((k) => `<td>${esc(r[k] ?? '')}</td>`).join('')}</tr>`)
    .join('')}</table>`;
  const t = performance.now();
  const browser = await launch(chromiumPath);
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    const pdf = await page.pdf({ format: 'A4' });
    return { seconds: (performance.now() - t) / 1000, bytes: pdf.length };
  } finally {
    await browser.close();
  }
}
