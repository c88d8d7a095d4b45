import type { Voice } from '../config.ts';
import type { Status } from '../engine/compute/model.ts';

/*
 * The words that depend on who speaks: an independent site republishing the inspectorate's reports (the
 * default), or the inspectorate publishing its own. One table, keyed by voice then by message, so that a
 * message catalogue (a Welsh edition) can take each key with a variant per voice.
 */

const wording = {
  independent: {
    draftLabel: 'Draft.',
    draftBanner: 'This report is not published: a build leaves it out until the draft: true line is taken out of its narrative (or the site is built with --drafts).',
    /** The overall estimate of crimes not recorded a year, by who made it: the source, or this site from counts or the audit sheet. */
    unrecordedEstimate: {
      published: (text: string, range: string) => `The inspectorate estimated that the force did not record ${text} crimes a year${range}.`,
      computed: (text: string, range: string) => `From the published rate and police recorded crime, this site estimates that the force did not record ${text} crimes a year${range}.`,
      audit: (text: string, range: string) => `From the audit sheet, this site estimates that the force did not record ${text} crimes a year${range}.`,
    },
    rangesNotPrinted: 'the inspectorate did not print the ranges',
    footer:
      'An independent, open-source presentation of the crime data integrity inspection findings of HM Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS). It is not published by HMICFRS or by any police force: each report links to the original publication, which is the authoritative text.',
  },
  inspectorate: {
    draftLabel: 'Draft.',
    draftBanner: 'This report is not published: a build leaves it out until the draft: true line is taken out of its narrative (or the site is built with --drafts).',
    unrecordedEstimate: {
      published: (text: string, range: string) => `We estimated that the force did not record ${text} crimes a year${range}.`,
      computed: (text: string, range: string) => `From the rate and police recorded crime, we estimate that the force did not record ${text} crimes a year${range}.`,
      audit: (text: string, range: string) => `From our audit, we estimate that the force did not record ${text} crimes a year${range}.`,
    },
    rangesNotPrinted: 'our published report did not print the ranges',
    footer:
      'Crime data integrity inspection reports of HM Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS), with every figure and its source. We publish these reports; each report also links to its original publication.',
  },
} as const satisfies Record<Voice, { draftLabel: string; draftBanner: string; unrecordedEstimate: Record<Status, (text: string, range: string) => string>; rangesNotPrinted: string; footer: string }>;

export type VoiceWording = (typeof wording)[Voice];

/** The wording of a voice. */
export function voiceText(voice: Voice): VoiceWording {
  return wording[voice];
}
