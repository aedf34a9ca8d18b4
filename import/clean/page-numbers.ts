/** Page numbers printed in documents converted from PDF or Word: "— 3 —", "- 12 -", "第2页 共5页", "2/5". */
export function isPageNumberLine(line: string): boolean {
  return /^[-—–\s]*\d{1,4}[-—–\s]*$/.test(line) || /^第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?$/.test(line) || /^\d{1,4}\s*\/\s*\d{1,4}$/.test(line);
}
