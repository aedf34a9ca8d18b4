const SHARE = /分享到|分享至|一键分享|扫一扫|掃一掃|扫码|掃碼|打赏|打賞|关注微信|關注微信|关注我们|微信公众号|手机看|手機看|点赞|收藏本文|【打印】|【关闭】|【纠错】/;
const AVATAR = /的头像|的頭像/;

/** Share, QR-code, tip and follow buttons, and author-avatar alt text. Body sentences mentioning them end in 。 and are longer. */
export function isShareLine(line: string): boolean {
  if (line.length > 60 || /[。！？]$/.test(line)) return false;
  return SHARE.test(line) || AVATAR.test(line);
}
