/**
 * The measures an inspection can report, in the order a report presents them.
 * Findings rows name a measure by its id; anything else is a validation error.
 */

export type MeasureGroup =
  | 'recording'
  | 'rape'
  | 'n100'
  | 'vulnerable'
  | 'modern-slavery'
  | 'timeliness'
  | 'cancellations'
  | 'victims'
  | 'context';

/** How a measure is read: a share of a base (x of n), or a plain count. */
export type MeasureShape = 'proportion' | 'count';

export interface Measure {
  id: string;
  label: string;
  /** Completes "x of n ..." in a sentence, e.g. "reports of rape were recorded correctly". */
  phrase: string;
  group: MeasureGroup;
  shape: MeasureShape;
  /**
   * True for the audited recording strata: the inspectorate publishes a 95% interval
   * and an unrecorded-a-year estimate for them, so they get both.
   */
  audited: boolean;
  /** The question (1 to 3) of the report the measure belongs to. */
  question: 1 | 2 | 3;
  /** For a breakdown part: the measure whose denominator the parts share and sum to. */
  partOf?: string;
  decisionMaker?: 'FCR' | 'DDM';
}

const m = (measure: Measure): Measure => measure;

export const measures: readonly Measure[] = [
  m({ id: 'overall', label: 'All crime', phrase: 'reported crimes were recorded', group: 'recording', shape: 'proportion', audited: true, question: 1 }),
  m({ id: 'violence', label: 'Violence against the person', phrase: 'reported violent crimes were recorded', group: 'recording', shape: 'proportion', audited: true, question: 1 }),
  m({ id: 'sexual-offences', label: 'Sexual offences (including rape)', phrase: 'reported sexual offences were recorded', group: 'recording', shape: 'proportion', audited: true, question: 1 }),
  m({ id: 'domestic-abuse', label: 'Domestic abuse', phrase: 'domestic abuse crimes were recorded', group: 'recording', shape: 'proportion', audited: true, question: 1 }),
  m({ id: 'reports-audited', label: 'Crime reports audited', phrase: 'crime reports were audited', group: 'context', shape: 'count', audited: false, question: 1 }),
  m({ id: 'dip-sample', label: 'Dip sample: crimes recorded', phrase: 'crimes in the dip sample were recorded', group: 'recording', shape: 'proportion', audited: false, question: 1 }),
  m({ id: 'dip-sample-incidents', label: 'Dip sample: incidents examined', phrase: 'incident records were examined', group: 'context', shape: 'count', audited: false, question: 1 }),
  m({ id: 'rape', label: 'Rape: recorded correctly', phrase: 'reports of rape were recorded correctly', group: 'rape', shape: 'proportion', audited: false, question: 1 }),
  m({ id: 'rape-misclassified', label: 'Rape: recorded as another offence', phrase: 'reports of rape were recorded as another offence', group: 'rape', shape: 'proportion', audited: false, question: 1, partOf: 'rape' }),
  m({ id: 'rape-wrongly-n100', label: 'Rape: wrongly classed as N100', phrase: 'reports of rape were wrongly classed as N100', group: 'rape', shape: 'proportion', audited: false, question: 1, partOf: 'rape' }),
  m({ id: 'rape-other-system', label: 'Rape: held only on another system', phrase: 'reports of rape were held only on another system', group: 'rape', shape: 'proportion', audited: false, question: 1, partOf: 'rape' }),
  m({ id: 'rape-not-recorded', label: 'Rape: not recorded', phrase: 'reports of rape were not recorded', group: 'rape', shape: 'proportion', audited: false, question: 1, partOf: 'rape' }),
  m({ id: 'n100-applied', label: 'N100 applied where needed', phrase: 'reports needing an N100 classification had one', group: 'n100', shape: 'proportion', audited: false, question: 1 }),
  m({ id: 'n100-sample-correct', label: 'N100 sample: correct', phrase: 'sampled N100 records were correct', group: 'n100', shape: 'proportion', audited: false, question: 1 }),
  m({ id: 'n100-sample-should-be-rape', label: 'N100 sample: should have been rape', phrase: 'sampled N100 records should have been recorded as rape', group: 'n100', shape: 'proportion', audited: false, question: 1, partOf: 'n100-sample-correct' }),
  m({ id: 'vulnerable-should-be-crimes', label: 'Vulnerable victims: records that should be crimes', phrase: 'records on other systems should have been crimes', group: 'vulnerable', shape: 'proportion', audited: false, question: 2 }),
  m({ id: 'vulnerable-victims', label: 'Vulnerable victims: crimes recorded', phrase: 'vulnerable victim crimes were recorded', group: 'vulnerable', shape: 'proportion', audited: false, question: 2 }),
  m({ id: 'modern-slavery-crimes', label: 'Modern slavery: crimes recorded', phrase: 'modern slavery crimes were recorded', group: 'modern-slavery', shape: 'proportion', audited: false, question: 2 }),
  m({ id: 'modern-slavery-referrals', label: 'Modern slavery: referrals recorded', phrase: 'crimes from modern slavery referrals were recorded', group: 'modern-slavery', shape: 'proportion', audited: false, question: 2 }),
  m({ id: 'timeliness-violence', label: 'Violence recorded within 24 hours', phrase: 'recorded violent crimes were recorded within 24 hours', group: 'timeliness', shape: 'proportion', audited: false, question: 2 }),
  m({ id: 'timeliness-sexual-offences', label: 'Sexual offences recorded within 24 hours', phrase: 'recorded sexual offences were recorded within 24 hours', group: 'timeliness', shape: 'proportion', audited: false, question: 2 }),
  m({ id: 'cancellations-rape', label: 'Rape cancellations correct (FCR)', phrase: 'rape cancellations were correct', group: 'cancellations', shape: 'proportion', audited: false, question: 2, decisionMaker: 'FCR' }),
  m({ id: 'cancellations-sexual-offences', label: 'Sexual offence cancellations correct (DDM)', phrase: 'sexual offence cancellations were correct', group: 'cancellations', shape: 'proportion', audited: false, question: 2, decisionMaker: 'DDM' }),
  m({ id: 'cancellations-violence', label: 'Violence cancellations correct (DDM)', phrase: 'violence cancellations were correct', group: 'cancellations', shape: 'proportion', audited: false, question: 2, decisionMaker: 'DDM' }),
  m({ id: 'cancellations-robbery', label: 'Robbery cancellations correct (DDM)', phrase: 'robbery cancellations were correct', group: 'cancellations', shape: 'proportion', audited: false, question: 2, decisionMaker: 'DDM' }),
  m({ id: 'victims-informed', label: 'Victims told of a cancellation', phrase: 'victims were told their crime had been cancelled', group: 'cancellations', shape: 'proportion', audited: false, question: 2 }),
  m({ id: 'survey-respondents', label: 'Officer and staff survey respondents', phrase: 'officers and staff answered the survey', group: 'victims', shape: 'count', audited: false, question: 2 }),
];

const byId = new Map(measures.map((measure) => [measure.id, measure]));

export function findMeasure(id: string): Measure | undefined {
  return byId.get(id);
}
