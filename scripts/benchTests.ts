/**
 * `node scripts/benchTests.ts <worktree> <worktree> … [--rounds N]`: times `npm test` in each git worktree given, in
 * turn, N rounds (default 1), so that a before and an after share the machine's conditions as far as a shared
 * machine allows. Before each run the worktree's shared build of the shipped data is marked stale (its stamp
 * removed), so that every run builds it, as a first run after a change does; the caches of PNGs, PDFs and the search
 * index are left as they are. Prints one Markdown table row per run: worktree, commit, start time, load average
 * before and after, tests, wall time, and the CPU time (user + system) of the run and the processes it waited for,
 * from /usr/bin/time, which is less disturbed by other work on the machine than the wall time. Each run's output is
 * kept in the worktree's .build/bench-tests-<start time>.log.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 1;
const trees = args.filter((_, i) => roundsAt < 0 || (i !== roundsAt && i !== roundsAt + 1)).map((tree) => resolve(tree));
if (trees.length === 0 || !(rounds >= 1)) {
  console.error('usage: node scripts/benchTests.ts <worktree> [<worktree> …] [--rounds N]');
  process.exit(2);
}
if (!existsSync('/usr/bin/time')) {
  console.error('benchTests needs /usr/bin/time (Debian: apt-get install time) for the CPU time');
  process.exit(2);
}

const load = () => loadavg().map((n) => n.toFixed(2)).join(' ');

console.log('| worktree | commit | started (UTC) | load average before → after | tests | wall (s) | CPU user + system (s) | per project |');
console.log('|---|---|---|---|---|---:|---:|---|');
for (let round = 0; round < rounds; round++) {
  for (const tree of trees) {
    const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: tree, encoding: 'utf8' }).stdout.trim();
    rmSync(join(tree, '.build/test-shipped-site.stamp.json'), { force: true });
    const started = new Date().toISOString().slice(11, 19);
    const before = load();
    const run = spawnSync('/usr/bin/time', ['-f', 'cpu %U %S wall %e', 'npm', 'test'], { cwd: tree, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const after = load();
    const out = `${run.stdout}\n${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
    // The whole output, for the failures and the per-file times.
    const log = join(tree, `.build/bench-tests-${started.replaceAll(':', '')}.log`);
    writeFileSync(log, out);
    const [, user = 'NaN', system = 'NaN', wall = 'NaN'] = /cpu ([\d.]+) ([\d.]+) wall ([\d.]+)/.exec(out) ?? [];
    const tests = (/^\s*Tests\s+(.*)$/m.exec(out)?.[1]?.trim() ?? '?').replaceAll('|', ',');
    const projects = [...out.matchAll(/^\s+(\w+)\s+\d+ files\s+(\d+) tests\s+files\s+[\d.]+ s\s+from first start to last end\s+([\d.]+) s/gm)]
      .map(([, name, count, span]) => `${name} ${span} s`)
      .join(', ');
    console.log(`| ${tree} | \`${commit}\` | ${started} | ${before} → ${after} | ${tests} | ${Number(wall).toFixed(1)} | ${(Number(user) + Number(system)).toFixed(1)} | ${projects} (${log}) |`);
  }
}
