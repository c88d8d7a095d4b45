import type { Report } from '../../engine/compute/model.ts';
import type { ChartModule, ChartSpec } from './ChartSpec.ts';
import { countedFindingsChart } from './countedFindingsChart.ts';
import { n100Chart } from './n100Chart.ts';
import { rapeOutcomesChart } from './rapeOutcomesChart.ts';
import { recordingRatesChart } from './recordingRatesChart.ts';
import { unrecordedChart } from './unrecordedChart.ts';

/** In the order the report page shows them: the key figures first, then question 1, then question 2. */
const modules: readonly ChartModule[] = [unrecordedChart, recordingRatesChart, rapeOutcomesChart, n100Chart, countedFindingsChart];

/** The charts of one report page, leaving out those the report has no data for. */
export function chartsFor(report: Report): ChartSpec[] {
  return modules.map((chart) => chart(report)).filter((spec) => spec !== null);
}
