import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isExternalHttpUrl } from './external-url';

describe('which links may open in the system browser', () => {
  it('http and https with a host', () => {
    for (const url of ['https://www.miit.gov.cn/', 'http://www.gov.cn/zhengce/content/2023-06/12/content_1.htm', 'https://例子.中国/路径?q=产业链#p2', 'HTTPS://EXAMPLE.COM']) {
      assert.equal(isExternalHttpUrl(url), true, url);
    }
  });

  it('nothing else: local files, scripts, other schemes, credentials, junk', () => {
    for (const url of [
      'file:///etc/passwd', 'file://server/share/x.exe', 'javascript:alert(1)', 'data:text/html,<script>1</script>', 'vbscript:x', 'chainline://app/index.html',
      'smb://host/share', 'ms-msdt:/id PCWDiagnostic', 'mailto:a@b.c', 'ftp://example.com/', 'about:blank', 'https://user:pw@bank.example/',
      'https://bank.example@evil.example/', 'https://x.example/\n', 'https://x.ex\tample/', '//example.com', '/relative', 'https:', 'https://', '', ' https://x.example', `https://x.example/${'a'.repeat(9000)}`,
      null, undefined, 42, { href: 'https://x.example' },
    ]) {
      assert.equal(isExternalHttpUrl(url), false, String(url).slice(0, 60));
    }
  });
});
