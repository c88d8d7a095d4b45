import type { APIRoute } from 'astro';
import { config, model } from 'virtual:cdi/model';
import type { Report } from '../../../../engine/compute/model.ts';
import { bibtex, cslJson, referenceOf, ris } from '../../../../render/references.ts';

/** The report as a reference for reference managers: citation.bib, citation.ris and citation.json (CSL-JSON). */
const formats = {
  bib: { write: bibtex, type: 'application/x-bibtex; charset=utf-8' },
  ris: { write: ris, type: 'application/x-research-info-systems; charset=utf-8' },
  json: { write: cslJson, type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;

export function getStaticPaths() {
  return model.reports.flatMap((report) =>
    Object.keys(formats).map((format) => ({ params: { force: report.force.id, slug: report.slug, format }, props: { report, format } })),
  );
}

export const GET: APIRoute<{ report: Report; format: keyof typeof formats }> = ({ props: { report, format } }) =>
  new Response(formats[format].write(referenceOf(report, config.site)), { headers: { 'Content-Type': formats[format].type } });
