const PICTURE_MARK = /^[【\[［]?(?:资料图|資料圖|图片|圖片|配图|配圖|组图|組圖|图|圖|视频|視頻)[】\]］]?$/;
// Saved pages turn an image's alt text into a line such as "标题_fororder_图片1".
const ALT_TEXT = /_fororder_|^图片\d+$|\.(?:jpe?g|png|gif|webp)$/i;
const CREDIT = /供图|供圖|图片来源|圖片來源|图源|圖源|图片由|摄影[:：]|攝影[:：]|(?:^|\s)摄$|(?:^|\s)攝$|视觉中国|視覺中國|^图为|^圖為/;

/** Image placeholders, alt-text artefacts and photo captions with credits. */
export function isCaptionLine(line: string): boolean {
  if (PICTURE_MARK.test(line) || ALT_TEXT.test(line)) return true;
  return line.length <= 60 && !/[。！？]$/.test(line) && CREDIT.test(line);
}

/** A picture mark glued to the start of a paragraph, as in "【资料图】12日，…". */
export function stripLeadingPictureMark(paragraph: string): string {
  return paragraph.replace(/^[【\[](?:资料图|資料圖|图片|圖片|配图|配圖)[】\]]\s*/, '');
}
