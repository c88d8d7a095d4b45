import { describe, expect, it } from 'vitest';
import { reportFor } from '../../../tests/render/fixtureReports.ts';
import { svgToPng } from '../downloads/svgToPng.ts';
import { socialCardSvg } from './socialCardSvg.ts';

const met = reportFor('northshire/2018-cdi');

describe('socialCardSvg(report)', () => {
  it('shows the force, the inspection, the overall grade and the overall rate with its interval', () => {
    const svg = socialCardSvg(met);
    for (const line of ['Northshire Constabulary', 'Crime data integrity inspection 2018', 'Overall grade: good', '89.5% (±1.64) of reported crimes were recorded', '95% confidence interval: 87.9% to 91.1%']) {
      expect(svg).toContain(`>${line}</text>`);
    }
  });

  it('says "not published" where there is no overall rate, never 0', () => {
    const svg = socialCardSvg({ ...met, figures: met.figures.filter((f) => f.measure !== 'overall') });
    expect(svg).toContain('>Overall recording rate: not found yet</text>');
  });

  it('draws a Welsh card in Welsh: the Welsh title, grade, rate, interval and source line', () => {
    const svg = socialCardSvg(met, 'cy');
    for (const line of [
      'Adroddiadau cywirdeb data troseddu',
      'Arolygiad cywirdeb data troseddu 2018',
      'Gradd gyffredinol: da',
      'Pob trosedd: 89.5% (±1.64)',
      'Cyfwng hyder 95%: 87.9% i 91.1%',
      'Ffynhonnell: HMICFRS, cyhoeddwyd 17 Gorffennaf 2018',
    ]) {
      expect(svg).toContain(`>${line}</text>`);
    }
    const missing = socialCardSvg({ ...met, published: null, grades: { ...met.grades, overall: null } }, 'cy');
    expect(missing).toContain('>Ffynhonnell: HMICFRS, dyddiad cyhoeddi heb ei wybod</text>');
    expect(missing).toMatch(/>Gradd gyffredinol: heb ei ch(anfod eto|yhoeddi gan y ffynhonnell)<\/text>/);
  });

  it('renders to a 1200×630 PNG', () => {
    const png = svgToPng(socialCardSvg(met));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});
