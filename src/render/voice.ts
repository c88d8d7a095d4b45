import type { Voice } from '../config.ts';

/*
 * The words that depend on who speaks: an independent site republishing the inspectorate's reports (the
 * default), or the inspectorate publishing its own. One table, keyed by voice then by message, so that a
 * message catalogue (a Welsh edition) can take each key with a variant per voice.
 */

const wording = {
  independent: {
    draftLabel: 'Draft.',
    draftBanner: 'This report is not published: a build leaves it out until the draft: true line is taken out of its narrative (or the site is built with --drafts).',
    overallUnrecorded: (text: string, range: string) => `The inspectorate estimated that the force did not record ${text} crimes a year${range}.`,
    overallUnrecordedAudit: (text: string, range: string) => `From the audit sheet, this site estimates that the force did not record ${text} crimes a year${range}.`,
    footer:
      'An independent, open-source presentation of the crime data integrity inspection findings of HM Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS). It is not published by HMICFRS or by any police force: each report links to the original publication, which is the authoritative text.',
  },
  inspectorate: {
    draftLabel: 'Draft.',
    draftBanner: 'This report is not published: a build leaves it out until the draft: true line is taken out of its narrative (or the site is built with --drafts).',
    overallUnrecorded: (text: string, range: string) => `We estimated that the force did not record ${text} crimes a year${range}.`,
    overallUnrecordedAudit: (text: string, range: string) => `From our audit, we estimate that the force did not record ${text} crimes a year${range}.`,
    footer:
      'Crime data integrity inspection reports of HM Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS), with every figure and its source. We publish these reports; each report also links to its original publication.',
  },
} as const satisfies Record<Voice, Record<string, string | ((...args: string[]) => string)>>;

export type VoiceWording = (typeof wording)[Voice];

/** The wording of a voice. */
export function voiceText(voice: Voice): VoiceWording {
  return wording[voice];
}
