import { copyFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Site } from '../src/engine/model.ts';
import { socialCardSvg } from '../src/render/meta/socialCardSvg.ts';

export interface PngJob {
  svg: string;
  scale: number;
}

const batch = 16;

/**
 * Starts rendering every report's social card (card.png, the 1200×630 image of link previews) into the PNG cache,
 * in worker threads beside the Astro build, which keeps the main thread busy: the cards cost about 20 ms each, and
 * overlapped they add little to a cold build. `writeInto` waits for them and copies each beside its report page.
 * Charts have no build-time PNG: the chart-png page draws one in the reader's browser on request.
 */
export function startSocialCards(site: Site): { writeInto: (folder: string) => Promise<number> } {
  const jobs: PngJob[] = site.reports.map((report) => ({ svg: socialCardSvg(report), scale: 1 }));
  const files: string[] = [];
  const size = Math.max(1, Math.min(availableParallelism() - 1, Math.ceil(jobs.length / batch)));
  const workers = Array.from({ length: size }, () => new Worker(new URL('./pngWorker.ts', import.meta.url)));
  let next = 0;
  const rendered = Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          let start = 0;
          const feed = (done?: string[]) => {
            done?.forEach((file, i) => (files[start + i] = file));
            if (next >= jobs.length) return resolve();
            start = next;
            worker.postMessage(jobs.slice(next, (next += batch)));
          };
          worker.on('message', feed);
          worker.on('error', reject);
          feed();
        }),
    ),
  ).finally(() => Promise.all(workers.map((worker) => worker.terminate())));
  // Awaited by writeInto; until then a failure must not count as unhandled.
  rendered.catch(() => undefined);
  return {
    async writeInto(folder) {
      await rendered;
      site.reports.forEach((report, i) => copyFileSync(files[i] ?? '', `${folder}${report.url}card.png`));
      return jobs.length;
    },
  };
}
