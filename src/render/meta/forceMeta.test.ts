import { describe, expect, it } from 'vitest';
import { forceDescription, forceMeta } from './forceMeta.ts';

const site = { url: 'https://cdi.example', base: '/' };
const gwent = { id: 'gwent', name: 'Gwent Police' };
const tags = (...args: Parameters<typeof forceMeta>) => Object.fromEntries(forceMeta(...args).map((tag) => [tag.key, tag.content]));

describe('forceDescription(force, inspections, lang)', () => {
  it('counts the inspections in English', () => {
    expect(forceDescription(gwent, 1)).toBe('Gwent Police: 1 crime data integrity inspection, with every figure and its source.');
    expect(forceDescription(gwent, 3)).toBe('Gwent Police: 3 crime data integrity inspections, with every figure and its source.');
    expect(forceDescription(gwent, 0)).toBe('Gwent Police: no crime data integrity inspection is published here yet.');
  });

  it('counts them in Welsh, with the force’s Welsh name and the numeral’s mutation', () => {
    expect(forceDescription(gwent, 1, 'cy')).toBe('Heddlu Gwent: un arolygiad cywirdeb data troseddu, gyda phob ffigur a’i ffynhonnell.');
    expect(forceDescription(gwent, 2, 'cy')).toBe('Heddlu Gwent: dau arolygiad cywirdeb data troseddu, gyda phob ffigur a’i ffynhonnell.');
    expect(forceDescription(gwent, 12, 'cy')).toBe('Heddlu Gwent: 12 o arolygiadau cywirdeb data troseddu, gyda phob ffigur a’i ffynhonnell.');
    expect(forceDescription(gwent, 0, 'cy')).toBe('Heddlu Gwent: nid oes arolygiad cywirdeb data troseddu wedi’i gyhoeddi yma eto.');
  });
});

describe('forceMeta(force, inspections, site, lang, editions)', () => {
  const editions = { en: '/forces/gwent/', cy: '/cy/forces/gwent/' };

  it('gives the Welsh page its own address and Welsh words, with English as the alternate', () => {
    expect(tags(gwent, 3, site, 'cy', editions)).toEqual({
      'og:type': 'website',
      'og:site_name': 'Adroddiadau cywirdeb data troseddu',
      'og:locale': 'cy_GB',
      'og:locale:alternate': 'en_GB',
      'og:title': 'Heddlu Gwent',
      'og:description': forceDescription(gwent, 3, 'cy'),
      'og:url': 'https://cdi.example/cy/forces/gwent/',
    });
  });

  it('gives an English page without another edition no alternate', () => {
    const kent = tags({ id: 'kent', name: 'Kent Police' }, 2, site, 'en', { en: '/forces/kent/' });
    expect(kent).toMatchObject({ 'og:url': 'https://cdi.example/forces/kent/', 'og:locale': 'en_GB', 'og:title': 'Kent Police' });
    expect(kent).not.toHaveProperty('og:locale:alternate');
  });
});
