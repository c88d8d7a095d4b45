import { group } from 'd3-array';
import type { FindingInput } from './rowSchemas.ts';
import { error, findMeasure, inspectionKey, measures, type Problem } from '../vocabulary.ts';

/** Checks findings rows against the measures and each other: references, counts, status and breakdowns. */
export function checkFindings(file: string, findings: readonly FindingInput[], inspections: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  for (const f of findings) {
    const at = (field: string) => ({ line: f.line, field });
    const key = `${inspectionKey(f)}/${f.measure}`;
    if (!inspections.has(inspectionKey(f))) {
      problems.push(error(file, `unknown inspection "${inspectionKey(f)}"; add it to data/inspections.csv first`, at('slug')));
    }
    const first = seen.get(key);
    if (first !== undefined) problems.push(error(file, `duplicate finding: "${f.measure}" for ${inspectionKey(f)} is already on line ${first}`, at('measure')));
    else seen.set(key, f.line);

    const measure = findMeasure(f.measure);
    if (!measure) {
      problems.push(error(file, `unknown measure "${f.measure}"; see the list of measures in docs/data-format.md`, at('measure')));
      continue;
    }
    const hasFigure = f.ratePct || f.ciPm || f.unrecordedOver !== null || f.additionalRecorded !== null || f.approx;
    if (f.unrecordedQualifier !== null && f.unrecordedOver === null) problems.push(error(file, 'qualifies an estimate of crimes not recorded, but unrecorded_over is empty', at('unrecorded_qualifier')));
    if (f.status === 'pending') {
      if (hasFigure || f.numerator !== null || f.denominator !== null) problems.push(error(file, 'status "pending" means not yet published: leave every figure empty, or give the figures and status "published" or "computed"', at('status')));
      continue;
    }
    if (measure.shape === 'count') {
      if (f.numerator === null) problems.push(error(file, `"${f.measure}" is a count: give it in numerator`, at('numerator')));
      if (f.denominator !== null || hasFigure) problems.push(error(file, `"${f.measure}" is a count: only numerator may be filled in`, at('denominator')));
      continue;
    }
    if (f.numerator !== null && f.denominator === null) problems.push(error(file, 'a numerator needs its denominator', at('denominator')));
    if (f.numerator === null && f.denominator !== null) problems.push(error(file, 'a denominator needs its numerator', at('numerator')));
    if (f.denominator === 0) problems.push(error(file, 'the denominator must be greater than 0', at('denominator')));
    if (f.numerator !== null && f.denominator !== null && f.numerator > f.denominator) {
      problems.push(error(file, `the numerator ${f.numerator} is greater than the denominator ${f.denominator}`, at('numerator')));
    }
    if (f.status === 'computed' && (f.numerator === null || f.denominator === null)) {
      problems.push(error(file, 'status "computed" needs a numerator and a denominator to compute from', at('status')));
    }
    if (f.status === 'computed' && (f.ratePct || f.ciPm)) {
      problems.push(error(file, 'status "computed" but a printed rate or interval is given; use status "published"', at('status')));
    }
    // A row may record that the source published none of its figures: its not_published column says which.
    if (f.status === 'published' && !hasFigure && f.numerator === null && f.notPublished.length === 0) problems.push(error(file, 'the row holds no figure; give the counts (numerator, denominator), a published figure (rate_pct, unrecorded_over, additional_recorded or approx), or name in not_published the figures the source did not publish', at('status')));
    if (f.ciPm && !f.ratePct) problems.push(error(file, 'an interval (ci_pm) needs the rate it belongs to (rate_pct)', at('ci_pm')));
    if (f.unrecordedOver !== null && !measure.audited) problems.push(error(file, `"${f.measure}" has no unrecorded estimate; only the audited recording strata do`, at('unrecorded_over')));
  }

  const byInspection = group(findings.filter((f) => f.status !== 'pending'), (f) => inspectionKey(f), (f) => f.measure);
  for (const parent of measures) {
    const parts = measures.filter((m) => m.partOf === parent.id);
    if (!parts.length) continue;
    for (const rows of byInspection.values()) {
      const total = rows.get(parent.id)?.[0];
      const present = parts.flatMap((m) => rows.get(m.id) ?? []);
      if (!present.length) continue;
      if (!total || total.denominator === null || total.numerator === null) {
        for (const part of present) problems.push(error(file, `"${part.measure}" is part of "${parent.id}", which needs a row with its numerator and denominator`, { line: part.line, field: 'measure' }));
        continue;
      }
      for (const part of present) {
        if (part.denominator !== total.denominator) {
          problems.push(error(file, `"${part.measure}" must share the denominator of "${parent.id}" (${total.denominator}, line ${total.line}), got ${part.denominator}`, { line: part.line, field: 'denominator' }));
        }
      }
      const sum = total.numerator + present.reduce((s, p) => s + (p.numerator ?? 0), 0);
      const complete = present.length === parts.length;
      if (complete ? sum !== total.denominator : sum > total.denominator) {
        const names = [parent.id, ...present.map((p) => p.measure)].join(' + ');
        problems.push(error(file, `the breakdown does not add up: ${names} = ${sum}, but the total (denominator on line ${total.line}) is ${total.denominator}`, { line: total.line, field: 'numerator' }));
      }
    }
  }
  return problems;
}
