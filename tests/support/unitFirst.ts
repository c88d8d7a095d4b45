import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * vitest's own order (files that failed last time first, then the slowest), with the unit project's files ahead of
 * the others: the others wait for the build of the shipped data (tests/e2e/globalSetup.ts), which runs meanwhile.
 */
export default class UnitFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const unit = sorted.filter((file) => file.project.name === 'unit');
    return [...unit, ...sorted.filter((file) => !unit.includes(file))];
  }
}
