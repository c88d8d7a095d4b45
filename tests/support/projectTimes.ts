import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints each vitest project's time after the run: its files and tests, the time its files took (importing,
 * collecting and running each, added up), and the wall-clock span from its first file's start to its last file's
 * end (projects run side by side, so spans overlap). Used by vitest.config.ts beside the default reporter.
 */
export default class ProjectTimes implements Reporter {
  private readonly started = new Map<string, number>();
  private readonly ended = new Map<string, number>();
  private runStart = 0;

  onTestRunStart(): void {
    this.runStart = performance.now();
  }

  onTestModuleStart(module: TestModule): void {
    const name = module.project.name;
    if (!this.started.has(name)) this.started.set(name, performance.now());
  }

  onTestModuleEnd(module: TestModule): void {
    this.ended.set(module.project.name, performance.now());
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const projects = [...new Set(modules.map((m) => m.project.name))].sort();
    const lines = projects.map((name) => {
      const own = modules.filter((m) => m.project.name === name);
      const tests = own.reduce((n, m) => n + [...m.children.allTests()].length, 0);
      const busy = own.reduce((sum, m) => {
        const d = m.diagnostic();
        return sum + d.environmentSetupDuration + d.prepareDuration + d.collectDuration + d.setupDuration + d.duration;
      }, 0);
      const span = (this.ended.get(name) ?? 0) - (this.started.get(name) ?? 0);
      return `  ${name.padEnd(8)} ${String(own.length).padStart(3)} files ${String(tests).padStart(5)} tests   files ${seconds(busy).padStart(8)}   from first start to last end ${seconds(span).padStart(8)}`;
    });
    console.log(`\nTime per project (the whole run: ${seconds(performance.now() - this.runStart)}):\n${lines.join('\n')}\n`);
  }
}
