const NOTICE = /版权所有|版權所有|免责声明|免責聲明|本网站所刊载|本網站所刊載|本网所刊载|copyright|©|转载请注明|轉載請註明|未经授权|未經授權|未经书面授权|不得转载|禁止转载|版权声明|版權聲明|icp备|icp证|公网安备|網安備/i;
const HEADING = /版权|版權|免责|免責|声明|聲明|copyright/i;

/** A copyright, disclaimer or licence line. */
export function isCopyrightLine(line: string): boolean {
  return line.length <= 160 && NOTICE.test(line);
}

/** The heading of a copyright statement whose numbered clauses follow it, e.g. "某网版权与信息产品内容销售的声明". */
export function isCopyrightHeading(line: string): boolean {
  return line.length <= 40 && !/[。！？，,]/.test(line) && HEADING.test(line);
}
