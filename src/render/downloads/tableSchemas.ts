import { allGrades, gradeScales, kinds, measures, unrecordedQualifiers } from '../../engine/vocabulary.ts';
import { figureColumns, inspectionColumns, type Column } from './dataset.ts';

/*
 * Frictionless Table Schemas (v1) of the published CSV files. `unit` is not part of the spec; the spec allows
 * extra properties, and a reader needs to know that rate_pct is in percent and ci_half_width_pct in points.
 */

export interface TableField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'date' | 'boolean';
  format?: 'uri';
  description?: string;
  unit?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: readonly string[]; minimum?: number; maximum?: number; pattern?: string };
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface TableSchema {
  fields: TableField[];
  primaryKey: string[];
  foreignKeys?: ForeignKey[];
  missingValues: string[];
}

type FieldType = Omit<TableField, 'name' | 'description'>;

const text: FieldType = { type: 'string' };
const required: FieldType = { type: 'string', constraints: { required: true } };
const slug: FieldType = { type: 'string', constraints: { required: true, pattern: '[a-z0-9]+(-[a-z0-9]+)*' } };
const uri: FieldType = { type: 'string', format: 'uri' };
const date: FieldType = { type: 'date' };
const count = (unit: string): FieldType => ({ type: 'integer', unit, constraints: { minimum: 0 } });
const percent: FieldType = { type: 'number', unit: 'percent', constraints: { minimum: 0, maximum: 100 } };
const points: FieldType = { type: 'number', unit: 'percentage points', constraints: { minimum: 0, maximum: 50 } };
const oneOf = (values: readonly string[], isRequired = false): FieldType => ({ type: 'string', constraints: { ...(isRequired ? { required: true } : {}), enum: values } });
const grade = oneOf(allGrades);
const kind = oneOf(Object.keys(kinds), true);
const measure = oneOf(measures.map((m) => m.id), true);
const statusWords = oneOf(['as published', 'computed from counts']);

/** Fields of a download in its column order, with the dictionary's descriptions, so that schema and file cannot drift apart. */
function fieldsOf<T>(columns: readonly Column<T>[], types: Record<string, FieldType>): TableField[] {
  return columns.map((column) => {
    const type = types[column.name];
    if (!type) throw new Error(`tableSchemas: no field type for column ${column.name}`);
    return { name: column.name, description: column.description, ...type };
  });
}

const described = (types: Record<string, FieldType & { description: string }>): TableField[] =>
  Object.entries(types).map(([name, field]) => ({ name, ...field }));

export const figuresSchema: TableSchema = {
  fields: fieldsOf(figureColumns, {
    force_id: slug,
    force_name: required,
    inspection_slug: slug,
    inspection_title: required,
    inspection_kind: kind,
    published: date,
    audit_start: date,
    audit_end: date,
    audit_period: text,
    measure,
    measure_label: required,
    question: { type: 'integer', constraints: { required: true, minimum: 1, maximum: 3 } },
    shape: oneOf(['proportion', 'count'], true),
    numerator: count('crimes or records'),
    denominator: count('crimes or records'),
    rate_pct: percent,
    rate_text: text,
    rate_status: statusWords,
    ci_half_width_pct: points,
    ci_status: statusWords,
    interval_low_pct: percent,
    interval_high_pct: percent,
    unrecorded_over: count('crimes a year'),
    unrecorded_qualifier: oneOf(unrecordedQualifiers, false),
    unrecorded_status: statusWords,
    unrecorded_range_low: count('crimes a year'),
    unrecorded_range_high: count('crimes a year'),
    unrecorded_range_basis: text,
    additional_recorded: count('crimes a year'),
    approx: text,
    pending: { type: 'boolean', constraints: { required: true } },
    source_url: { ...uri, constraints: { required: true } },
    note: text,
    findings_line: { type: 'integer', constraints: { minimum: 1 } },
    page_url: { ...uri, constraints: { required: true } },
  }),
  primaryKey: ['force_id', 'inspection_slug', 'measure'],
  foreignKeys: [{ fields: ['force_id', 'inspection_slug'], reference: { resource: 'inspections', fields: ['force_id', 'inspection_slug'] } }],
  missingValues: [''],
};

export const inspectionsSchema: TableSchema = {
  fields: fieldsOf(inspectionColumns, {
    force_id: slug,
    force_name: required,
    country: required,
    inspection_slug: slug,
    inspection_title: required,
    inspection_kind: kind,
    inspection_kind_label: required,
    published: date,
    audit_start: date,
    audit_end: date,
    audit_period: text,
    grade_scale: oneOf(Object.keys(gradeScales), true),
    overall_grade: grade,
    q1_grade: grade,
    q2_grade: grade,
    q3_grade: grade,
    regraded_from: grade,
    revisits: text,
    revisits_grade: grade,
    prc_total: count('crimes'),
    // As printed ("80.6"), so kept as text: the printed precision is part of the figure.
    auditable_route: { type: 'string', unit: 'percent' },
    population: count('people'),
    figures: count('rows of figures.csv'),
    source_url: { ...uri, constraints: { required: true } },
    notes: text,
    flags: text,
    page_url: { ...uri, constraints: { required: true } },
  }),
  primaryKey: ['force_id', 'inspection_slug'],
  foreignKeys: [{ fields: ['force_id'], reference: { resource: 'input-forces', fields: ['id'] } }],
  missingValues: [''],
};

export const inputForcesSchema: TableSchema = {
  fields: described({
    id: { ...slug, constraints: { ...slug.constraints, unique: true }, description: 'The force, as a stable id.' },
    name: { ...required, description: 'The force’s full name.' },
    short_name: { ...required, description: 'The name used in headings and charts.' },
    country: { ...required, description: 'England, Wales, or England and Wales for the national inspections.' },
  }),
  primaryKey: ['id'],
  missingValues: [''],
};

export const inputInspectionsSchema: TableSchema = {
  fields: described({
    force: { ...slug, description: 'An id from forces.csv.' },
    slug: { ...slug, description: 'The inspection, unique within the force.' },
    kind: { ...kind, description: 'The kind of inspection.' },
    title: { ...required, description: 'The title as published.' },
    published: { ...date, description: 'Publication date; empty if unknown.' },
    audit_start: { ...date, description: 'First day of the audit period.' },
    audit_end: { ...date, description: 'Last day of the audit period.' },
    audit_period_text: { ...text, description: 'The audit period as printed, where it differs from the dates.' },
    grade_scale: { ...oneOf(Object.keys(gradeScales), true), description: 'four-grade (2016–2020) or five-grade (PEEL).' },
    overall_grade: { ...grade, description: 'The overall grade.' },
    q1_grade: { ...grade, description: 'Grade for question 1.' },
    q2_grade: { ...grade, description: 'Grade for question 2.' },
    q3_grade: { ...grade, description: 'Grade for question 3.' },
    regraded_from: { ...grade, description: 'The overall grade as first published, where an addendum re-graded the report.' },
    revisits: { ...text, description: 'For a re-inspection: the slug of the earlier inspection of the same force.' },
    prc_total: { ...count('crimes'), description: 'Police recorded crime (excluding fraud) in the 12 months to the end of the audit period.' },
    prc_violence: { ...count('crimes'), description: 'The same, violence against the person.' },
    prc_sexual_offences: { ...count('crimes'), description: 'The same, sexual offences.' },
    auditable_route_pct: { ...percent, description: 'Share of recorded crime that came through an auditable route, as printed.' },
    population: { ...count('people'), description: 'The force’s population as the report gives it.' },
    source_url: { ...uri, constraints: { required: true }, description: 'The publication.' },
    notes: { ...text, description: 'Free text, shown on the page as a note.' },
    not_published: { ...text, description: 'The empty cells of this row that the source did not publish (column names); every other empty cell was not found.' },
  }),
  primaryKey: ['force', 'slug'],
  // `revisits` names an inspection of the same force, but is no foreign key: validators differ on a key that is
  // only partly empty, as (force, revisits) is for every first inspection.
  foreignKeys: [{ fields: ['force'], reference: { resource: 'input-forces', fields: ['id'] } }],
  missingValues: [''],
};

export const inputFindingsSchema: TableSchema = {
  fields: described({
    force: { ...slug, description: 'The inspection’s force.' },
    slug: { ...slug, description: 'The inspection’s slug.' },
    measure: { ...measure, description: 'What was measured.' },
    numerator: { ...count('crimes or records'), description: 'The count.' },
    denominator: { ...count('crimes or records'), description: 'The base the numerator is out of.' },
    rate_pct: { ...percent, description: 'The rate as printed.' },
    ci_pm: { ...points, description: 'The printed ± half-width of the 95% interval.' },
    unrecorded_over: { ...count('crimes a year'), description: 'The printed estimate of crimes a year not recorded: the N of “over N”, or of “approximately N” (see unrecorded_qualifier).' },
    additional_recorded: { ...count('crimes a year'), description: 'A re-inspection’s printed estimate of crimes a year additionally recorded.' },
    approx: { ...text, description: 'A press rounding, kept as text.' },
    status: { ...oneOf(['published', 'computed', 'pending'], true), description: 'published: the rate as printed; computed: computed from the counts; pending: not yet published.' },
    source: { ...uri, constraints: { required: true }, description: 'Where the figures in this row were printed.' },
    note: { ...text, description: 'Free text.' },
    unrecorded_qualifier: { ...oneOf(unrecordedQualifiers, false), description: 'How unrecorded_over was printed: over (also when empty), approximately, around, about or some.' },
    not_published: { ...text, description: 'The empty cells of this row that the source did not publish (column names); every other empty cell was not found.' },
  }),
  primaryKey: ['force', 'slug', 'measure'],
  foreignKeys: [{ fields: ['force', 'slug'], reference: { resource: 'input-inspections', fields: ['force', 'slug'] } }],
  missingValues: [''],
};
