import type { Voice } from '../config.ts';
import type { Status } from '../engine/compute/model.ts';

/*
 * The words that depend on who speaks: an independent site republishing the inspectorate's reports (the
 * default), or the inspectorate publishing its own. One table, keyed by voice then by message, so that a
 * message catalogue (a Welsh edition) can take each key with a variant per voice. The draft banner and the footer
 * are in the catalogue already (`voice`).
 */

const wording = {
  independent: {
    /** The overall estimate of crimes not recorded a year, by who made it: the source, or this site from counts or the audit sheet. */
    unrecordedEstimate: {
      published: (text: string, range: string) => `The inspectorate estimated that the force did not record ${text} crimes a year${range}.`,
      computed: (text: string, range: string) => `From the published rate and police recorded crime, this site estimates that the force did not record ${text} crimes a year${range}.`,
      audit: (text: string, range: string) => `From the audit sheet, this site estimates that the force did not record ${text} crimes a year${range}.`,
    },
    rangesNotPrinted: 'the inspectorate did not print the ranges',
  },
  inspectorate: {
    unrecordedEstimate: {
      published: (text: string, range: string) => `We estimated that the force did not record ${text} crimes a year${range}.`,
      computed: (text: string, range: string) => `From the rate and police recorded crime, we estimate that the force did not record ${text} crimes a year${range}.`,
      audit: (text: string, range: string) => `From our audit, we estimate that the force did not record ${text} crimes a year${range}.`,
    },
    rangesNotPrinted: 'our published report did not print the ranges',
  },
} as const satisfies Record<Voice, { unrecordedEstimate: Record<Status, (text: string, range: string) => string>; rangesNotPrinted: string }>;

export type VoiceWording = (typeof wording)[Voice];

/** The wording of a voice. */
export function voiceText(voice: Voice): VoiceWording {
  return wording[voice];
}
