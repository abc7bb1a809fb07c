// Every browser test imports `test` from here rather than from Playwright. A fresh browser context
// per test costs about 0.4 CPU-seconds on a two-core machine before the test does anything (a new
// renderer process), and the suite is bound by CPU, not by waiting. So a test that runs with the
// project's own options gets one page per worker instead, put back before each test: a blank
// document (nothing kept from the last page, not even a fragment), the default viewport, screen
// media and light colours, and no listeners left behind. A test that asks for other options
// (`test.use({ javaScriptEnabled: false })`, another viewport) gets a fresh context of its own,
// as Playwright would give it.
import { test as base, type BrowserContextOptions, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

/** The context options the project sets (playwright.config.ts), which a test may override. */
const CONTEXT_OPTIONS = ['baseURL', 'viewport', 'userAgent', 'deviceScaleFactor', 'isMobile', 'hasTouch'] as const;
const projectOptions = (project: BrowserContextOptions): BrowserContextOptions =>
  Object.fromEntries(CONTEXT_OPTIONS.map((option) => [option, project[option]]));

const sameViewport = (a: BrowserContextOptions['viewport'], b: BrowserContextOptions['viewport']) =>
  a?.width === b?.width && a?.height === b?.height;

export const test = base.extend<object, { workerPage: Page }>({
  workerPage: [
    async ({ browser }, use, workerInfo) => {
      const context = await browser.newContext(projectOptions(workerInfo.project.use));
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],

  page: async ({ browser, workerPage, javaScriptEnabled, viewport, baseURL }, use, testInfo) => {
    const project = testInfo.project.use;
    if (javaScriptEnabled !== false && sameViewport(viewport, project.viewport)) {
      await workerPage.goto('about:blank');
      if (project.viewport) await workerPage.setViewportSize(project.viewport);
      await workerPage.emulateMedia({ media: 'screen', colorScheme: 'light', forcedColors: 'none' });
      await use(workerPage);
      workerPage.removeAllListeners('console');
      return;
    }
    const context = await browser.newContext({
      ...projectOptions(project),
      baseURL,
      viewport,
      javaScriptEnabled,
    });
    await use(await context.newPage());
    await context.close();
  },
});
