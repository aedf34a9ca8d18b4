const FOOTER = /^(?:主办|主辦|承办|承辦|协办|協辦|主管|技术支持|技術支持|运营|運營|运维|網站標識碼|网站标识码|网站识别码|网站地图|網站地圖|关于我们|關於我們|投稿邮箱|违法和不良信息举报|違法和不良信息舉報|举报电话|舉報電話)(?:单位|單位)?\s*[:：]?/;

/** Site footer lines: sponsor, operator, site code, report hotline. */
export function isFooterLine(line: string): boolean {
  return line.length <= 100 && !/[。！？]$/.test(line) && FOOTER.test(line);
}
