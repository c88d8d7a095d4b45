import type { Report } from '../../engine/model.ts';
import type { Column } from './Column.ts';

export interface InspectionRow {
  report: Report;
  /** The report page's absolute URL. */
  pageUrl: string;
}

/** The columns of /data/inspections.csv: one row per inspection. An empty cell means not published. */
export const inspectionColumns: Column<InspectionRow>[] = [
  { name: 'force_id', description: 'The force, as a stable id.', value: ({ report }) => report.force.id },
  { name: 'force_name', description: 'The force’s full name.', value: ({ report }) => report.force.name },
  { name: 'country', description: 'England or Wales.', value: ({ report }) => report.force.country },
  { name: 'inspection_slug', description: 'The inspection, unique within the force.', value: ({ report }) => report.slug },
  { name: 'inspection_title', description: 'The inspection’s title as published.', value: ({ report }) => report.title },
  { name: 'inspection_kind', description: 'dip-sample-2014, cdi, cdi-reinspection, peel, national or victim-service.', value: ({ report }) => report.kind },
  { name: 'inspection_kind_label', description: 'The kind of inspection in words.', value: ({ report }) => report.kindLabel },
  { name: 'published', description: 'Publication date, YYYY-MM-DD.', value: ({ report }) => report.published?.date ?? null },
  { name: 'audit_start', description: 'First day of the audit period, YYYY-MM-DD.', value: ({ report }) => report.auditPeriod?.start ?? null },
  { name: 'audit_end', description: 'Last day of the audit period, YYYY-MM-DD.', value: ({ report }) => report.auditPeriod?.end ?? null },
  { name: 'audit_period', description: 'The audit period in words.', value: ({ report }) => report.auditPeriod?.text ?? null },
  { name: 'grade_scale', description: 'four-grade (2016–2020) or five-grade (PEEL, adds adequate).', value: ({ report }) => report.grades.scale },
  { name: 'overall_grade', description: 'The overall grade: outstanding, good, adequate, requires improvement or inadequate.', value: ({ report }) => report.grades.overall },
  { name: 'q1_grade', description: 'Grade for question 1, recording reported crime.', value: ({ report }) => report.grades.questions[1] },
  { name: 'q2_grade', description: 'Grade for question 2, systems and processes.', value: ({ report }) => report.grades.questions[2] },
  { name: 'q3_grade', description: 'Grade for question 3, leadership and culture.', value: ({ report }) => report.grades.questions[3] },
  { name: 'regraded_from', description: 'The overall grade as first published, where an addendum re-graded the report.', value: ({ report }) => report.grades.regradedFrom },
  { name: 'revisits', description: 'For a re-inspection: the slug of the earlier inspection of the same force.', value: ({ report }) => report.grades.previous?.key.split('/')[1] ?? null },
  { name: 'revisits_grade', description: 'The earlier inspection’s overall grade.', value: ({ report }) => report.grades.previous?.grade ?? null },
  { name: 'prc_total', description: 'Police recorded crime (excluding fraud) in the 12 months to the end of the audit period.', value: ({ report }) => report.context.prcTotal },
  { name: 'auditable_route', description: 'Share of recorded crime that came through an auditable route, as printed.', value: ({ report }) => report.context.auditableRoutePctText },
  { name: 'population', description: 'The force’s population as the report gives it.', value: ({ report }) => report.context.population },
  { name: 'figures', description: 'How many figures (rows of figures.csv) the inspection has.', value: ({ report }) => report.figures.length },
  { name: 'source_url', description: 'The publication.', value: ({ report }) => report.sourceUrl },
  { name: 'notes', description: 'Notes on the inspection from the data.', value: ({ report }) => report.notes },
  { name: 'flags', description: 'Notes on untidy data (a missing date, an odd audit period), separated by “ | ”.', value: ({ report }) => (report.flags.length > 0 ? report.flags.join(' | ') : null) },
  { name: 'page_url', description: 'The report page.', value: ({ pageUrl }) => pageUrl },
];
