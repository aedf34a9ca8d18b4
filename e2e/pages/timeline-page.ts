import type { Page } from '@playwright/test';

/** The timeline screen: one canvas (items), DOM axis and lane labels, a live region for keyboard focus. */
export class TimelinePage {
  constructor(readonly page: Page) {}

  /** Opens the app on the timeline and waits until the canvas has drawn the loaded data. */
  async open(url: string) {
    await this.page.goto(url);
    await this.page.getByRole('navigation').waitFor();
    await this.page.getByRole('navigation').getByRole('link', { name: '时间线', exact: true }).click();
    await this.painted();
  }

  async painted() {
    await this.canvas().and(this.page.locator('[data-painted]')).waitFor();
  }

  canvas() {
    return this.page.locator('canvas.tl-canvas');
  }

  axis() {
    return this.page.locator('.tl-axis');
  }

  async axisUnit(): Promise<string | null> {
    return this.axis().getAttribute('data-unit');
  }

  /** The visible window as day numbers (from the axis's data-from/data-to). */
  async window(): Promise<{ from: number; to: number }> {
    const day = (iso: string | null) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    return { from: day(await this.axis().getAttribute('data-from')), to: day(await this.axis().getAttribute('data-to')) };
  }

  lanes() {
    return this.page.locator('.tl-lanes > li');
  }

  lane(name: string) {
    return this.lanes().filter({ has: this.page.locator('.tl-lane-name', { hasText: name }) });
  }

  live() {
    return this.page.getByTestId('tl-live');
  }

  async zoomIn(times = 1) {
    for (let i = 0; i < times; i++) await this.page.getByRole('button', { name: '放大' }).click();
    await this.settled();
  }

  /** Waits until the window stops moving (button and key zooms are eased over a few frames). */
  async settled() {
    await this.page.waitForFunction(
      () =>
        new Promise<boolean>((done) => {
          const read = () => `${document.querySelector('.tl-axis')?.getAttribute('data-from')}|${document.querySelector('.tl-axis')?.getAttribute('data-to')}`;
          const before = read();
          let frames = 0;
          const next = () => (++frames < 4 ? requestAnimationFrame(next) : done(read() === before));
          requestAnimationFrame(next);
        }),
    );
  }

  /** The canvas y (CSS px) of a lane's row centre: lanes and canvas share the scrolled content's top. */
  async rowY(laneName: string, row = 0): Promise<number> {
    const lane = (await this.lane(laneName).boundingBox())!;
    const canvas = (await this.canvas().boundingBox())!;
    return lane.y - canvas.y + 4 + row * 22 + 11;
  }

  /** Clicks a point of the canvas given in CSS pixels from its top-left corner. */
  async clickAt(x: number, y: number) {
    await this.canvas().click({ position: { x, y } });
  }

  async canvasSize() {
    const box = (await this.canvas().boundingBox())!;
    return { width: box.width, height: box.height };
  }

  async setLanes(label: '产业链' | '地区' | '类型' | '人物/机构') {
    await this.page.getByRole('combobox', { name: '泳道' }).selectOption({ label });
    await this.painted();
  }
}
