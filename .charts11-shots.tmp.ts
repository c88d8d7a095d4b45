import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { serveStatic } from './scripts/serve.ts';
const dir = '/tmp/charts11-browser/tmp';
const server = await serveStatic('dist');
const browser = await chromium.launch({
  executablePath: `${dir}/chromium`,
  args: ['--no-sandbox', '--disable-gpu', '--no-zygote', '--disable-webgl', '--no-first-run'],
  env: { ...process.env, LD_LIBRARY_PATH: `${dir}/al2023/lib`, FONTCONFIG_FILE: `${dir}/fonts.conf` } as Record<string, string>,
});
const pages = (process.argv[2] ?? '/overview/,/forces/kent/,/forces/devon-and-cornwall/').split(',');
for (const width of [375, 1280]) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  for (const path of pages) {
    await page.goto(server.url + path);
    const name = path.replaceAll('/', '_');
    const chart = page.locator('#tile-map .chart__svg, #rate-over-time .chart__svg').first();
    if (await chart.count()) {
      await chart.screenshot({ path: `/tmp/charts11-shot${name}${width}.png` });
      const box = await page.locator('#tile-map svg, #rate-over-time svg').first().boundingBox();
      const sizes = await page.locator('#tile-map svg text, #rate-over-time svg text').evaluateAll((texts) => {
        const svg = texts[0]?.closest('svg');
        const scale = svg ? svg.getBoundingClientRect().width / Number(svg.getAttribute('viewBox')!.split(' ')[2]) : 1;
        const all = texts.map((t) => Number.parseFloat(getComputedStyle(t).fontSize) * scale);
        return [Math.min(...all).toFixed(1), Math.max(...all).toFixed(1)];
      });
      console.log(width, path, 'svg box', JSON.stringify(box), 'rendered font px min/max', sizes);
    }
    await page.screenshot({ path: `/tmp/charts11-full${name}${width}.png`, fullPage: true });
    if (width === 1280) {
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      console.log('axe', path, axe.violations.map((v) => `${v.id}: ${v.nodes.length} ${v.nodes[0]?.target}`));
    }
  }
  if (width === 1280) {
    await page.goto(server.url + '/overview/');
    await page.locator('#tile-map a').first().focus();
    const focused = await page.evaluate(() => ({ tag: document.activeElement?.tagName, label: document.activeElement?.getAttribute('aria-label') }));
    console.log('focus', JSON.stringify(focused));
    await page.locator('#tile-map .chart__svg').screenshot({ path: '/tmp/charts11-focus.png' });
    const snapshot = await page.locator('#tile-map svg').ariaSnapshot();
    console.log(snapshot.split('\n').slice(0, 6).join('\n'));
  }
  await context.close();
}
await browser.close();
await server.close();
