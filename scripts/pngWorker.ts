import { writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { cachedPng } from '../src/render/downloads/cachedPng.ts';
import type { PngJob } from './renderPngs.ts';

// One worker per core: resvg lays out text synchronously, so images render in parallel only in separate threads.
parentPort?.on('message', (jobs: PngJob[]) => {
  for (const job of jobs) writeFileSync(job.file, cachedPng(job.svg, job.scale));
  parentPort?.postMessage(jobs.length);
});
