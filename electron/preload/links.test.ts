import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { installExternalLinks } from './links';

type Listener = (e: Click) => void;

interface Click {
  isTrusted: boolean;
  button: number;
  defaultPrevented: boolean;
  target: unknown;
  preventDefault(): void;
}

function setup() {
  const listeners: Record<string, Listener[]> = {};
  const opened: string[] = [];
  installExternalLinks({ addEventListener: (type, l) => (listeners[type] ??= []).push(l as Listener) }, (url) => opened.push(url));
  const click = (href: string | null, o: Partial<Click> & { type?: string } = {}) => {
    // A click lands on the text inside the link: closest() finds the anchor.
    const anchor = href === null ? null : { href };
    const e: Click = {
      isTrusted: true,
      button: 0,
      defaultPrevented: false,
      target: { closest: (sel: string) => (sel === 'a[href]' ? anchor : null) },
      preventDefault() {
        this.defaultPrevented = true;
      },
      ...o,
    };
    for (const l of listeners[o.type ?? 'click'] ?? []) l(e);
    return e;
  };
  return { opened, click, listeners };
}

describe('preload: links to the web', () => {
  it('a real click on an http(s) link opens it in the system browser instead of the window', () => {
    const { opened, click } = setup();
    const e = click('https://www.ndrc.gov.cn/xxgk/');
    assert.equal(e.defaultPrevented, true);
    assert.deepEqual(opened, ['https://www.ndrc.gov.cn/xxgk/']);
    click('http://www.gov.cn/', { type: 'auxclick', button: 1 });
    assert.deepEqual(opened, ['https://www.ndrc.gov.cn/xxgk/', 'http://www.gov.cn/']);
  });

  it('a click the page script made up (isTrusted false) opens nothing', () => {
    const { opened, click } = setup();
    assert.equal(click('https://evil.example/', { isTrusted: false }).defaultPrevented, false);
    assert.deepEqual(opened, []);
  });

  it('in-app links, other schemes, right clicks and links the app handled itself are left alone', () => {
    const { opened, click } = setup();
    for (const href of ['chainline://app/index.html#/records', 'file:///etc/passwd', 'javascript:alert(1)', 'https://user:pw@x.example/']) {
      assert.equal(click(href).defaultPrevented, false, href);
    }
    click('https://x.example/', { button: 2 });
    click('https://x.example/', { defaultPrevented: true });
    click(null);
    click('https://x.example/', { target: null });
    assert.deepEqual(opened, []);
  });

  it('listens in the bubble phase, after the page has had its say', () => {
    const calls: boolean[] = [];
    installExternalLinks({ addEventListener: (_t, _l, capture) => calls.push(capture) }, () => {});
    assert.deepEqual(calls, [false, false]);
  });
});
