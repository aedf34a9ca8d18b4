const CREDIT = /[(（]([^()（）]{0,30}?)(?:记者|記者|作者|撰稿|文)\s*[:：/]?\s*([\u3400-\u9fff]{2,4})(?=[\s,，、)）])/;
const LEADING = /^(?:文|文\/图|文\/圖|记者|記者)\s*[/:：|]\s*([\u3400-\u9fff]{2,4})(?=[\s,，、]|$)/;

/**
 * The writer credited inside the text: "(某报记者 张三)", "(文 张三)", "文/张三". The credit sits at
 * the end or at the start, so only the last three and the first paragraph are searched.
 */
export function reporterFromParagraphs(paragraphs: readonly string[]): string | null {
  const tail = paragraphs.slice(-3).reverse();
  for (const paragraph of tail) {
    const m = CREDIT.exec(paragraph);
    if (m) return m[2]!;
  }
  const first = paragraphs[0] ?? '';
  const lead = LEADING.exec(first) ?? CREDIT.exec(first.slice(0, 80));
  return lead ? lead[lead.length - 1]! : null;
}
