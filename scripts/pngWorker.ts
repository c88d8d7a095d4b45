import { parentPort, workerData } from 'node:worker_threads';
import { cachedPng } from '../src/render/downloads/cachedPng.ts';
import type { PngJob } from './socialCards.ts';

// resvg lays out text synchronously, so images render in parallel with the build only in separate threads.
// Each batch of jobs is answered with the cache files of its images, in order.
parentPort?.on('message', (jobs: PngJob[]) => {
  parentPort?.postMessage(jobs.map((job) => cachedPng(job.svg, job.scale, (workerData as { cacheDir: string }).cacheDir)));
});
