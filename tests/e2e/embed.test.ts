import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../../scripts/launchBrowser.ts";
import { listPages } from "./support/listPages.ts";
import { withTab } from "./support/withTab.ts";

const siteUrl = inject("siteUrl");
const siteDir = inject("siteDir");
const allEmbeds = listPages(siteDir).filter((path) =>
  path.startsWith("/embed/"),
);
/** The text above and below the chart, whose wrapping the frame height has to allow for. */
const textLength = (path: string) =>
  readFileSync(join(siteDir, path, "index.html"), "utf8").replace(
    /<svg[\s\S]*?<\/svg>|<details[\s\S]*?<\/details>|<head>[\s\S]*?<\/head>|<[^>]+>/g,
    "",
  ).length;
/**
 * Every chart of the Met 2018 report and the overview, and for each kind of chart the three embeds with the most
 * text, which wrap into the most lines: about 30 pages, where all 120 take minutes.
 */
const embeds = [
  ...new Set([
    ...allEmbeds.filter(
      (path) =>
        path.startsWith("/embed/forces/metropolitan/2018-cdi/") ||
        path.startsWith("/embed/overview/"),
    ),
    ...Object.values(
      Object.groupBy(allEmbeds, (path) => path.split("/").at(-2)!),
    ).flatMap((paths) =>
      (paths ?? []).sort((a, b) => textLength(b) - textLength(a)).slice(0, 3),
    ),
    // The Welsh embeds of one Welsh force's page and reports: Welsh text wraps differently.
    ...listPages(siteDir).filter((path) =>
      path.startsWith("/cy/embed/forces/gwent/"),
    ),
  ]),
];
/**
 * A newsroom's article with the embed code in it, at `/__article__/?embed=<path>&width=<px>`. It is served from the
 * site's own origin: Chromium blocks a frame from one local origin in another (local network access checks), and
 * nothing in the embed depends on the origin (no frame-ancestors, no script, no cookie).
 */
const articleUrl = (path: string, width: number) =>
  `${siteUrl}/__article__/?${new URLSearchParams({ embed: path, width: String(width) })}`;
const widths = [320, 640];

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({
    viewport: { width: 1000, height: 800 },
  });
  await context.route(`${siteUrl}/__article__/?*`, (route) => {
    const query = new URL(route.request().url()).searchParams;
    return route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><title>Article</title><body style="margin:0"><div style="width:${Number(query.get("width"))}px">${iframeCode(query.get("embed")!)}</div></body>`,
    });
  });
});
afterAll(async () => {
  await browser?.close();
});

/** The iframe code a newsroom pastes: the oEmbed file's, which is the "Embed this chart" box's. */
function iframeCode(path: string): string {
  const oembed = JSON.parse(
    readFileSync(join(siteDir, path, "oembed.json"), "utf8"),
  ) as { html: string };
  // The built site says https://cdi-reports.example.org; the test serves it on 127.0.0.1.
  return oembed.html.replaceAll(/src="https?:\/\/[^/"]+/g, `src="${siteUrl}`);
}

it("there are embed pages to check, the Met 2018 recording rates among them", () => {
  expect(embeds.length).toBeGreaterThan(10);
  expect(embeds).toContain(
    "/embed/forces/metropolitan/2018-cdi/recording-rates/",
  );
  expect(embeds).toContain("/embed/overview/national-rates/");
});

// A few pages at a time, each in a tab a finished test left (withTab): the browser uses the second core while the
// test process waits, and no test pays for starting a renderer of its own.
describe.concurrent.each([
  "/embed/forces/metropolitan/2018-cdi/recording-rates/",
  "/embed/overview/national-rates/",
  "/embed/forces/metropolitan/rate-over-time/",
])("%s with the optional resizer", (path) => {
  it.each([320, 1280])(
    "leaves no more than 24 px blank below the source line in a %i px wide frame",
    async (width) => {
      await withTab(context, async (page) => {
        await page.goto(articleUrl(path, width), { waitUntil: "load" });
        const iframe = await page.waitForSelector("iframe");
        const frame = (await iframe.contentFrame())!;
        await frame.waitForSelector(".embed__svg svg", {
          state: "attached",
          timeout: 10_000,
        });
        await frame.waitForLoadState("load");
        // The frame's page reports its height; the resizer sets it on the frame.
        await expect
          .poll(
            () =>
              iframe.evaluate((el) => (el as HTMLIFrameElement).style.height),
            { timeout: 10_000 },
          )
          .toMatch(/px$/);
        const frameHeight = await iframe.evaluate(
          (el) => el.getBoundingClientRect().height,
        );
        const sourceBottom = await frame.evaluate(
          () =>
            document.querySelector("figcaption")!.getBoundingClientRect()
              .bottom,
        );
        expect(frameHeight - sourceBottom).toBeGreaterThanOrEqual(0);
        expect(frameHeight - sourceBottom).toBeLessThanOrEqual(24);
      });
    },
  );
});

describe.concurrent.each(embeds)("%s", (path) => {
  it.each(widths)(
    "shows the whole chart in a %i px wide frame of an article, with no scroll bar and no console error",
    async (width) => {
      await withTab(context, async (page) => {
        const errors: string[] = [];
        page.on("console", (message) => {
          if (message.type() === "error") errors.push(message.text());
        });
        page.on("pageerror", (error) => errors.push(error.message));
        await page.goto(articleUrl(path, width), { waitUntil: "load" });
        const frame = await (
          await page.waitForSelector("iframe")
        ).contentFrame();
        expect(frame, "the iframe has a document").not.toBeNull();
        // The frame loads lazily, after the article: wait for the chart itself.
        await frame!.waitForSelector(".embed__svg svg", {
          state: "attached",
          timeout: 10_000,
        });
        await frame!.waitForLoadState("load");
        const seen = await frame!.evaluate(() => {
          const root = document.documentElement;
          // One drawing per layout: the container query shows one, the one to look at. A drawing with links (the tile map) is a group, not an image.
          const shown = [
            ...document.querySelectorAll(
              '.embed__svg > svg:is([role="img"], [role="group"])',
            ),
          ].filter((svg) => svg.checkVisibility());
          const svg = shown[0]!;
          const box = svg.getBoundingClientRect();
          return {
            url: location.pathname,
            viewport: [root.clientWidth, root.clientHeight],
            content: [root.scrollWidth, root.scrollHeight],
            chart: {
              shown: shown.length,
              top: box.top,
              bottom: box.bottom,
              left: box.left,
              right: box.right,
              width: box.width,
            },
          };
        });
        expect(seen.url).toBe(path);
        const [frameWidth, frameHeight] = seen.viewport;
        expect(frameWidth).toBe(width);
        expect(seen.content[0], "no horizontal scroll bar").toBeLessThanOrEqual(
          frameWidth!,
        );
        expect(seen.content[1], "no vertical scroll bar").toBeLessThanOrEqual(
          frameHeight!,
        );
        expect(seen.chart.shown, "exactly one drawing shown").toBe(1);
        expect(seen.chart.width).toBeGreaterThan(0.95 * (width - 24));
        expect(seen.chart.top).toBeGreaterThanOrEqual(0);
        expect(seen.chart.left).toBeGreaterThanOrEqual(0);
        expect(seen.chart.bottom).toBeLessThanOrEqual(frameHeight!);
        expect(seen.chart.right).toBeLessThanOrEqual(frameWidth!);
        expect(errors).toEqual([]);
      });
    },
  );
});
