import { describe, expect, it } from 'vitest';
import { inspectionCycle, searchedCycle } from './inspectionCycle.ts';

describe('inspectionCycle(inspection)', () => {
  it('places each kind of inspection in its cycle, PEEL by the year its slug starts with', () => {
    expect(inspectionCycle({ kind: 'dip-sample-2014', slug: '2014-dip-sample' })).toBe('2014');
    expect(inspectionCycle({ kind: 'national', slug: '2014-national' })).toBe('2014');
    expect(inspectionCycle({ kind: 'national', slug: '2022-peel' })).toBe('peel-2021-22');
    expect(inspectionCycle({ kind: 'national', slug: '2025-peel' })).toBe('peel-2023-25');
    expect(inspectionCycle({ kind: 'cdi', slug: '2017-cdi' })).toBe('cdi');
    expect(inspectionCycle({ kind: 'cdi-reinspection', slug: '2019-cdi-reinspection' })).toBe('cdi-reinspection');
    expect(inspectionCycle({ kind: 'peel', slug: '2021-peel' })).toBe('peel-2021-22');
    expect(inspectionCycle({ kind: 'peel', slug: '2022-peel-revisit' })).toBe('peel-2021-22');
    expect(inspectionCycle({ kind: 'peel', slug: '2025-peel' })).toBe('peel-2023-25');
  });

  it('places no inspection outside the cycles', () => {
    expect(inspectionCycle({ kind: 'victim-service', slug: '2020-victim-service' })).toBeNull();
    expect(inspectionCycle({ kind: 'peel', slug: '2019-peel' })).toBeNull();
  });
});

describe('searchedCycle(logCycle)', () => {
  it('maps the research log\'s cycles, State of Policing years included, to the matrix columns', () => {
    expect(searchedCycle('dip-sample-2014')).toBe('2014');
    expect(searchedCycle('national-2014')).toBe('2014');
    expect(searchedCycle('peel-2023-25')).toBe('peel-2023-25');
    expect(searchedCycle('state-of-policing-2022')).toBe('peel-2021-22');
    expect(searchedCycle('state-of-policing-2024')).toBe('peel-2023-25');
    expect(searchedCycle('state-of-policing-2019')).toBeNull();
  });
});
