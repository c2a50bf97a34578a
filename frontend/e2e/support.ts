import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

export const SCREENSHOTS = 'test-results/screenshots';

/**
 * What every page must pass: no violation axe-core can find against WCAG 2.1 A/AA, a lang on the
 * document, a title and one h1, no sideways scrolling at the viewport width (360 px included); and a
 * full-page screenshot, kept under test-results/screenshots/<project>/<name>.png.
 */
export async function checkPage(page: Page, testInfo: TestInfo, name: string) {
  await expect(page.locator('html')).toHaveAttribute('lang', /^(ja|en)$/);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page).toHaveTitle(/Kyoso/);

  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const violations = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  }));
  expect(violations, `axe violations on ${name}`).toEqual([]);

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${name} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);

  const dir = `${SCREENSHOTS}/${testInfo.project.name}`;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}
