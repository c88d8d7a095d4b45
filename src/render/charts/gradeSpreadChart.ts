import * as Plot from '@observablehq/plot';
import type { National } from '../../engine/compute/model.ts';
import { renderPlot } from '../plot/renderPlot.ts';
import type { ChartSpec } from './ChartSpec.ts';
import { rowLayout } from './rowLayout.ts';
import { theme } from './theme.ts';

/** How many forces have each overall grade as their latest, best grade first, as labelled bars. */
export function gradeSpreadChart(national: National): ChartSpec {
  const rows = national.grades.map((g) => ({ label: g.label, count: g.count, text: `${g.count} ${g.count === 1 ? 'force' : 'forces'}` }));
  const summary = `Latest overall grade of the ${national.forces.length} forces: ${rows.map((r) => `${r.label.toLowerCase()}, ${r.text}`).join('; ')}.`;
  const { options, labelDy } = rowLayout(
    rows.map((r) => r.label),
    { xAxis: false, marginRight: 80 },
  );
  const svg = renderPlot(
    {
      ...options,
      x: { domain: [0, Math.max(1, ...rows.map((r) => r.count))], axis: null },
      marks: [
        Plot.barX(rows, { y: 'label', x: 'count', fill: theme.dark }),
        Plot.text(rows, { y: 'label', text: 'label', frameAnchor: 'left', textAnchor: 'start', dy: labelDy, fill: theme.ink }),
        Plot.text(rows, { y: 'label', x: 'count', text: 'text', textAnchor: 'start', dx: 6, fill: theme.ink, fontWeight: 'bold' }),
      ],
    },
    { id: 'grade-spread', label: summary },
  );
  return {
    id: 'grade-spread',
    question: null,
    heading: 'Latest overall grade of each force',
    summary,
    svg,
    table: { caption: 'Number of forces by their latest overall grade', columns: ['Latest overall grade', 'Forces'], rows: rows.map((r) => [r.label, String(r.count)]) },
    source: 'Source: HMICFRS crime data integrity and PEEL inspections, each force’s latest published overall grade',
    sourceUrl: 'https://www.justiceinspectorates.gov.uk/hmicfrs/publications/',
    notPublished: [],
  };
}
