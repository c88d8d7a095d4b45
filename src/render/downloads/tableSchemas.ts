import type { z } from 'zod';
import { findingRow, findingStatuses, forceRow, inspectionRow, placeRow } from '../../engine/validate/rowSchemas.ts';
import { allGrades, gradeScales, kinds, measures, placeKinds, placeSourceKinds, provenanceWords, unrecordedQualifiers } from '../../engine/vocabulary.ts';
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
const statusWords = oneOf([provenanceWords.published, provenanceWords.computed, provenanceWords.audit]);

/** Fields of a download in its column order, with the dictionary's descriptions, so that schema and file cannot drift apart. */
function fieldsOf<T>(columns: readonly Column<T>[], types: Record<string, FieldType>): TableField[] {
  return columns.map((column) => {
    const type = types[column.name];
    if (!type) throw new Error(`tableSchemas: no field type for column ${column.name}`);
    return { name: column.name, description: column.description, ...type };
  });
}

/**
 * Fields of an input file in its column order, each described as its row schema describes the column
 * (engine/validate/rowSchemas.ts), so that a column's meaning is written once.
 */
function described<K extends string>(shape: Record<K, z.ZodType>, types: Record<K, FieldType>): TableField[] {
  return (Object.keys(shape) as K[]).map((name) => {
    const description = shape[name].description;
    if (!description) throw new Error(`tableSchemas: the row schema does not describe column ${name}`);
    return { name, ...types[name], description };
  });
}

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
  fields: described(forceRow.in.shape, {
    id: { ...slug, constraints: { ...slug.constraints, unique: true } },
    name: required,
    short_name: required,
    country: required,
  }),
  primaryKey: ['id'],
  missingValues: [''],
};

export const inputPlacesSchema: TableSchema = {
  fields: described(placeRow.in.shape, {
    place: { ...required, constraints: { required: true, unique: true } },
    force: slug,
    kind: oneOf(placeKinds, true),
    printed: required,
    source_url: { ...uri, constraints: { required: true } },
    source_kind: oneOf(placeSourceKinds, true),
    source_note: required,
  }),
  primaryKey: ['place'],
  foreignKeys: [{ fields: ['force'], reference: { resource: 'input-forces', fields: ['id'] } }],
  missingValues: [''],
};

export const inputInspectionsSchema: TableSchema = {
  fields: described(inspectionRow.in.shape, {
    force: slug,
    slug: slug,
    kind: kind,
    title: required,
    published: date,
    audit_start: date,
    audit_end: date,
    audit_period_text: text,
    grade_scale: oneOf(Object.keys(gradeScales), true),
    overall_grade: grade,
    q1_grade: grade,
    q2_grade: grade,
    q3_grade: grade,
    regraded_from: grade,
    revisits: text,
    prc_total: count('crimes'),
    prc_violence: count('crimes'),
    prc_sexual_offences: count('crimes'),
    auditable_route_pct: percent,
    population: count('people'),
    source_url: { ...uri, constraints: { required: true } },
    notes: text,
    not_published: text,
  }),
  primaryKey: ['force', 'slug'],
  // `revisits` names an inspection of the same force, but is no foreign key: validators differ on a key that is
  // only partly empty, as (force, revisits) is for every first inspection.
  foreignKeys: [{ fields: ['force'], reference: { resource: 'input-forces', fields: ['id'] } }],
  missingValues: [''],
};

export const inputFindingsSchema: TableSchema = {
  fields: described(findingRow.in.shape, {
    force: slug,
    slug: slug,
    measure: measure,
    numerator: count('crimes or records'),
    denominator: count('crimes or records'),
    rate_pct: percent,
    ci_pm: points,
    unrecorded_over: count('crimes a year'),
    additional_recorded: count('crimes a year'),
    approx: text,
    status: oneOf(findingStatuses, true),
    source: { ...uri, constraints: { required: true } },
    note: text,
    unrecorded_qualifier: oneOf(unrecordedQualifiers, false),
    not_published: text,
  }),
  primaryKey: ['force', 'slug', 'measure'],
  foreignKeys: [{ fields: ['force', 'slug'], reference: { resource: 'input-inspections', fields: ['force', 'slug'] } }],
  missingValues: [''],
};
