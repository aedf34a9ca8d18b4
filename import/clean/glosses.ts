const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const SYLLABLE = new RegExp(`^(?:[a-zü]*[${TONED}][a-zü${TONED}]*|[a-zü]+[1-5])$`, 'i');
const GLOSS = new RegExp(`([\\u3400-\\u9fff\\uf900-\\ufaff])\\s?[(（]\\s*([a-zü${TONED}0-9 ]{1,40}?)\\s*[)）]`, 'giu');

/**
 * Removes pronunciation glosses after characters, 產(chǎn)業(yè) → 產業, also with tone numbers (chan3).
 * Only parentheses whose every word is a pinyin syllable with a tone are glosses, so (暂行),
 * (2024—2026年) and (AI) stay.
 */
export function stripPronunciationGlosses(text: string): string {
  if (!text.includes('(') && !text.includes('（')) return text;
  return text.replace(GLOSS, (whole, han: string, inner: string) => {
    const words = inner.trim().split(/\s+/);
    return words.every((word) => SYLLABLE.test(word)) ? han : whole;
  });
}
