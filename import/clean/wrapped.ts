const ENDS_SENTENCE = /[。！？!?；;：:”’」』）)\]】…]$/;
const STARTS_ITEM = /^(?:[一二三四五六七八九十]+[、是要]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|[•·●■◆▲\-*])/;

function isAsciiWord(char: string | undefined): boolean {
  return char !== undefined && /[A-Za-z0-9]/.test(char);
}

/**
 * Joins the lines of each block (lines between blank lines) into paragraphs where the text was
 * clearly hard-wrapped: the line fills at least 85% of the block's widest line, at least 16
 * characters, does not end a sentence, and the next line does not start a list item.
 * Otherwise each line stays its own paragraph, as in scrapes that put one paragraph per line.
 */
export function joinWrappedLines(lines: readonly string[]): string[] {
  const paragraphs: string[] = [];
  let block: string[] = [];
  const flush = () => {
    if (block.length === 0) return;
    // A loop, not Math.max(...lines): a book-length block has more lines than the call stack has room for arguments.
    let width = 0;
    for (const line of block) width = Math.max(width, line.length);
    // The paragraph is gathered as parts and joined once: testing or slicing a string
    // built by += makes V8 flatten it every time, which made a block of many wrapped
    // lines quadratic (a 4 MB file took over a minute). It always ends with the last line added.
    let parts = [block[0]!];
    for (let i = 1; i < block.length; i++) {
      const previous = block[i - 1]!;
      const line = block[i]!;
      const wrapped = previous.length >= 16 && previous.length >= 0.85 * width && !ENDS_SENTENCE.test(previous) && !STARTS_ITEM.test(line);
      if (!wrapped) {
        paragraphs.push(parts.join(''));
        parts = [line];
      } else if (/[A-Za-z]-$/.test(previous) && /^[a-z]/.test(line)) {
        parts[parts.length - 1] = parts[parts.length - 1]!.slice(0, -1);
        parts.push(line);
      } else {
        parts.push(isAsciiWord(previous.at(-1)) && isAsciiWord(line[0]) ? ' ' + line : line);
      }
    }
    paragraphs.push(parts.join(''));
    block = [];
  };
  for (const line of lines) {
    if (line === '') flush();
    else block.push(line);
  }
  flush();
  return paragraphs;
}
