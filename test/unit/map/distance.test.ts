import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../../src/lib/geo/distance.ts';
import { formatDistance } from '../../../src/lib/geo/format-distance.ts';

describe('distances for "near me"', () => {
  it('is zero from a place to itself', () => {
    expect(distanceKm({ lat: 41.88, lng: -87.63 }, { lat: 41.88, lng: -87.63 })).toBe(0);
  });

  it('measures one degree of latitude as about 111 km', () => {
    expect(distanceKm({ lat: 41, lng: -87 }, { lat: 42, lng: -87 })).toBeCloseTo(111.2, 1);
  });

  it('measures the Loop to Evanston as about 18 km, the same both ways', () => {
    const loop = { lat: 41.8837, lng: -87.6289 };
    const evanston = { lat: 42.0451, lng: -87.6877 };
    expect(distanceKm(loop, evanston)).toBeCloseTo(18.6, 0);
    expect(distanceKm(evanston, loop)).toBe(distanceKm(loop, evanston));
  });

  it('measures London to Paris as about 344 km (a known great-circle distance)', () => {
    expect(distanceKm({ lat: 51.5074, lng: -0.1278 }, { lat: 48.8566, lng: 2.3522 })).toBeCloseTo(343.5, 0);
  });

  it('reads "1.2 km" and "0.8 mi", whole numbers from ten up, and never "0"', () => {
    expect(formatDistance(1.234, 'km', 'en')).toBe('1.2 km');
    expect(formatDistance(1.287, 'mi', 'en')).toBe('0.8 mi');
    expect(formatDistance(23.6, 'km', 'en')).toBe('24 km');
    expect(formatDistance(0.01, 'mi', 'en')).toBe('0.1 mi');
  });
});
