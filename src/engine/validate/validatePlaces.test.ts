import { describe, expect, it } from 'vitest';
import { placeKey } from './validatePlaces.ts';

describe('placeKey()', () => {
  it('reads a place as a reader types it: case, full stops, hyphens and spacing aside', () => {
    expect(placeKey('St. Helens')).toBe('st helens');
    expect(placeKey('st helens')).toBe('st helens');
    expect(placeKey('Stockton-on-Tees')).toBe(placeKey('Stockton on Tees'));
    expect(placeKey('Brighton & Hove')).toBe('brighton & hove');
  });
  it('keeps different places apart', () => {
    expect(placeKey('Derby')).not.toBe(placeKey('Derbyshire'));
  });
});
