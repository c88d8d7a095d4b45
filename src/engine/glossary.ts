/**
 * Terms a reader may not know, each with a one-sentence plain definition.
 * House style lets a narrative use these abbreviations without spelling them out.
 */
export const glossary: Readonly<Record<string, string>> = {
  N100: 'A Home Office classification that explains why a reported rape was not recorded as a crime straight away.',
  AVI: 'Additional verifiable information: new evidence that shows a recorded crime did not happen, so that it can be cancelled.',
  HOCR: 'The Home Office Counting Rules, which say when and how the police must record a crime.',
  NCRS: 'The National Crime Recording Standard, which asks forces to record crime with the victim in mind.',
  FCR: 'The force crime registrar, the officer who makes sure the force follows the crime-recording rules.',
  DDM: 'A designated decision maker, a trained officer who decides whether a recorded crime may be cancelled.',
  PRC: 'Police recorded crime: the crimes the police have recorded over a period, not counting fraud.',
  HMICFRS: 'His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services, which inspects police forces in England and Wales.',
  HMIC: 'Her Majesty’s Inspectorate of Constabulary, the name of the police inspectorate until 2017.',
  CDI: 'Crime data integrity: how accurately a force records the crimes reported to it.',
  PEEL: 'Police effectiveness, efficiency and legitimacy: the inspectorate’s regular assessment of every force.',
  MASH: 'A multi-agency safeguarding hub, where police, councils and health services share concerns about vulnerable people.',
  CAIT: 'A child abuse investigation team, the police unit that investigates crimes against children.',
  METCC: 'The Metropolitan Police communications command, which answers and handles calls from the public.',
  CMS: 'Crime management services, the Metropolitan Police teams that check and manage recorded crimes.',
  TDIU: 'The telephone and digital investigations unit, which investigates some crimes by phone or online.',
  MSKU: 'The modern slavery and kidnap unit of the Metropolitan Police.',
  outstanding: 'The highest grade: the force performs exceptionally well.',
  good: 'The force performs well and meets the standard expected.',
  adequate: 'Used from 2021 only: the force meets the standard but could do better.',
  'requires improvement': 'The force falls short of the standard in ways it must put right.',
  inadequate: 'The lowest grade: the force’s performance causes serious concern.',
};
