import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { followDocumentLanguage, langOf } from './language';

describe('preload: menus follow the UI language', () => {
  it('reports <html lang> once the page has set it, then each switch (and only switches)', () => {
    const html = { lang: 'zh-CN' };
    let ready: () => void = () => {};
    let changed: () => void = () => {};
    const sent: string[] = [];
    followDocumentLanguage({ documentElement: html, addEventListener: (_t, l) => (ready = l) }, (target, l) => {
      assert.equal(target, html);
      changed = l;
    }, (lang) => sent.push(lang));
    assert.deepEqual(sent, [], 'nothing before the document is parsed');
    html.lang = 'en';
    ready();
    html.lang = 'en';
    changed();
    html.lang = 'zh-CN';
    changed();
    assert.deepEqual(sent, ['en', 'zh']);
  });

  it('maps any Chinese tag to zh and the rest to en', () => {
    assert.deepEqual(['zh-CN', 'zh-Hant-TW', 'ZH', 'en', 'en-GB', 'fr'].map(langOf), ['zh', 'zh', 'zh', 'en', 'en', 'en']);
  });
});
