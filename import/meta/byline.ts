import { findDateTime } from './datetime';

export interface Byline {
  outlet: string | null;
  publishedAt: string | null;
  reporter: string | null;
  editor: string | null;
}

const FIELD = /(责任编辑|責任編輯|发布时间|發佈時間|發布時間|发布日期|發布日期|来源|來源|稿源|出处|出處|时间|時間|日期|作者|记者|記者|责编|責編|编辑|編輯|浏览次数|浏览量|阅读量|阅读|閱讀|点击|點擊|字号|字號)\s*[:：]/g;
const DATE_FIRST = /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}/;

/** A byline: "来源: 洛阳网  时间:2023-06-12 22:21:12", "2024-06-07 16:47:56来源:某网责编:某某", or a bare timestamp line. */
export function isBylineLine(line: string): boolean {
  if (line.length > 120) return false;
  if (line.search(FIELD) >= 0) return /来源|來源|稿源|出处|出處|时间|時間|日期|作者|记者|記者/.test(line);
  return DATE_FIRST.test(line) && line.length <= 30 && findDateTime(line) !== null;
}

function cleanValue(value: string): string | null {
  const text = value
    .replace(/\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?/g, ' ')
    .trim()
    .split(/\s{2,}|[|｜]/)[0]!
    .trim()
    .replace(/[\s,，。;；]+$/, '');
  return text.length >= 2 && text.length <= 40 ? text : null;
}

export function parseByline(line: string): Byline {
  const byline: Byline = { outlet: null, publishedAt: findDateTime(line), reporter: null, editor: null };
  const fields = [...line.matchAll(FIELD)];
  fields.forEach((field, i) => {
    const start = field.index! + field[0].length;
    const end = i + 1 < fields.length ? fields[i + 1]!.index! : line.length;
    const value = cleanValue(line.slice(start, end));
    if (!value) return;
    const key = field[1]!;
    if (/来源|來源|稿源|出处|出處/.test(key)) byline.outlet ??= value;
    else if (/作者|记者|記者/.test(key)) byline.reporter ??= value;
    else if (/编辑|編輯|责编|責編/.test(key)) byline.editor ??= value;
  });
  return byline;
}
