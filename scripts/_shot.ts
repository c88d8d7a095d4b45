import { serveStatic } from './serve.ts';
import { launchBrowser } from './launchBrowser.ts';
const [dir, path, width, out, full] = process.argv.slice(2);
const server = await serveStatic(dir!);
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto(`${server.url}${path}`);
await page.screenshot({ path: out!, fullPage: full === 'full' });
await browser.close(); await server.close();
