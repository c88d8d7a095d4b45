import { copyFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Site } from '../src/engine/compute/model.ts';
import { hasWelshEdition, type Locale } from '../src/i18n/index.ts';
import { socialCardSvg } from '../src/render/meta/socialCardSvg.ts';
import { cardPath, reportPath } from '../src/routes.ts';

export interface PngJob {
  svg: string;
  scale: number;
}

const batch = 16;

/**
 * Starts rendering every report page's social card (card.png, the 1200×630 image of link previews), in English and,
 * for a Welsh force's report, in Welsh beside its Welsh page, into the PNG cache,
 * in worker threads beside the Astro build: one thread fewer than the cores while Astro keeps the main thread busy,
 * every core once `writeInto` is waiting for them. A card costs about 20 ms; overlapped, the cards add little to a
 * cold build; the images are kept in `cacheDir`. `writeInto` copies each beside its report page. Charts have no build-time PNG: the chart-png page
 * draws one in the reader's browser on request.
 */
export function startSocialCards(site: Site, cacheDir: string): { writeInto: (folder: string) => Promise<void> } {
  const cards = site.reports.flatMap((report) =>
    (hasWelshEdition(report.force.id) ? (['en', 'cy'] as const) : (['en'] as const)).map((lang: Locale) => ({ report, lang, page: reportPath({ force: report.force.id, slug: report.slug }, lang) })),
  );
  const jobs: PngJob[] = cards.map(({ report, lang }) => ({ svg: socialCardSvg(report, lang), scale: 1 }));
  const files: string[] = [];
  const workers: Worker[] = [];
  const running: Promise<void>[] = [];
  let next = 0;
  const addWorker = () => {
    const worker = new Worker(new URL('./pngWorker.ts', import.meta.url), { workerData: { cacheDir } });
    workers.push(worker);
    const done = new Promise<void>((resolve, reject) => {
      let start = 0;
      const feed = (rendered?: string[]) => {
        rendered?.forEach((file, i) => (files[start + i] = file));
        if (next >= jobs.length) return resolve();
        start = next;
        worker.postMessage(jobs.slice(next, (next += batch)));
      };
      worker.on('message', feed);
      worker.on('error', reject);
      feed();
    });
    // Awaited by writeInto; until then a failure must not count as unhandled.
    done.catch(() => undefined);
    running.push(done);
  };
  const cores = availableParallelism();
  for (let i = 0; i < Math.max(1, cores - 1) && i * batch < jobs.length; i++) addWorker();
  return {
    async writeInto(folder) {
      if (next < jobs.length && workers.length < cores) addWorker();
      try {
        await Promise.all(running);
      } finally {
        await Promise.all(workers.map((worker) => worker.terminate()));
      }
      cards.forEach(({ page }, i) => copyFileSync(files[i] ?? '', `${folder}${cardPath(page)}`));
    },
  };
}
