/** View, like and comment counters: "3.2K0", "7630", "(0)", "阅读：1024". */
export function isCounterLine(line: string): boolean {
  return (
    /^\d+(?:\.\d+)?(?:[KkWw万千]\d*)?$/.test(line) ||
    /^[(（]\d+[)）]$/.test(line) ||
    /^(?:阅读|閱讀|浏览|瀏覽|点击|點擊|评论|評論|点赞|點讚)(?:量|数|數|次数|次數)?\s*[:：]?\s*\d+(?:\.\d+)?[KkWw万]?\s*$/.test(line)
  );
}
