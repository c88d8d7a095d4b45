/** Grade scales: four grades in the 2016–2020 programme; PEEL adds "adequate" from 2021. Best first. */
export const gradeScales = {
  'four-grade': ['outstanding', 'good', 'requires improvement', 'inadequate'],
  'five-grade': ['outstanding', 'good', 'adequate', 'requires improvement', 'inadequate'],
} as const;

export type GradeScale = keyof typeof gradeScales;
export type Grade = (typeof gradeScales)['five-grade'][number];

export const allGrades: readonly Grade[] = gradeScales['five-grade'];

export const kinds = {
  'dip-sample-2014': 'Inspection 2014: force dip sample',
  cdi: 'First inspection',
  'cdi-reinspection': 'Re-inspection',
  peel: 'PEEL inspection',
  national: 'National inspection',
  'victim-service': 'Victim service inspection',
} as const;

export type Kind = keyof typeof kinds;

export const questions = {
  1: 'How effective is the force at recording reported crime?',
  2: 'How efficiently do the systems and processes in the force support accurate crime-recording?',
  3: 'How well does the force demonstrate the leadership and culture necessary to meet the national standards for crime-recording?',
} as const;
