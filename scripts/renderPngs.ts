import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Site } from '../src/engine/compute/model.ts';
import { socialCardSvg } from '../src/render/meta/socialCardSvg.ts';

export interface PngJob {
  svg: string;
  scale: number;
  file: string;
}

/** Chart PNGs are twice the SVG's size, for sharp text in documents and on high-density screens. */
const chartScale = 2;
const batch = 16;

/**
 * Writes the PNG images of a built site folder: each chart's standalone SVG download (of a report or a force) as <chart>.png beside it,
 * and each report's social card as card.png. Runs after the Astro build, on every core.
 */
export async function renderPngs(folder: string, site: Site): Promise<number> {
  const charts = (dir: string): PngJob[] =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.svg'))
      .sort()
      .map((name) => ({ svg: readFileSync(`${dir}${name}`, 'utf8'), scale: chartScale, file: `${dir}${name.replace(/\.svg$/, '.png')}` }));
  const jobs: PngJob[] = [
    ...site.reports.flatMap((report) => [...charts(`${folder}${report.url}`), { svg: socialCardSvg(report), scale: 1, file: `${folder}${report.url}card.png` }]),
    // A force page's charts across its inspections sit beside it, as a report's do.
    ...site.forces.flatMap((force) => charts(`${folder}/forces/${force.id}/`)),
  ];
  const workers = Array.from({ length: Math.min(availableParallelism(), Math.ceil(jobs.length / batch)) }, () => new Worker(new URL('./pngWorker.ts', import.meta.url)));
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              if (next >= jobs.length) return resolve();
              worker.postMessage(jobs.slice(next, (next += batch)));
            };
            worker.on('message', feed);
            worker.on('error', reject);
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return jobs.length;
}
