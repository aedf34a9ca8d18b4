const HEADING = /^(?:联系我们|聯繫我們|联系方式|聯繫方式|关于我们|關於我們|网站地图|網站地圖|友情链接|友情鏈接)\s*[:：]?$/;
const FIELD = /^(?:在线咨询|在線諮詢|邮件|郵件|邮箱|郵箱|e-?mail|电话|電話|联系电话|聯繫電話|传真|傳真|地址|邮编|郵編|工作时间|工作時間|qq|微信号|投稿)\s*[:：]/i;

export function isContactHeading(line: string): boolean {
  return HEADING.test(line);
}

/** A line of a contact block: "邮件: …", "工作时间: …". */
export function isContactLine(line: string): boolean {
  return line.length <= 80 && (FIELD.test(line) || HEADING.test(line));
}
