import { describe, expect, it } from 'vitest';
import { cityOf, offsetOf, placeOf } from '@/utils/fit/places';
import { NOW } from './build';

describe('placeOf', () => {
  it.each([
    ['Palo Alto, California, United States', 'united states', -8],
    ['Redmond, Washington, United States', 'united states', -8],
    ['Greater Stockholm Metropolitan Area', 'sweden', 1],
    ['Umeå, Sweden', 'sweden', 1],
    ['Bengaluru, Karnataka, India', 'india', 5.5],
    ['São Paulo, Brazil', 'brazil', -3],
  ])('%s → %s, UTC%d', (location, country, offset) => {
    expect(placeOf(location)).toEqual({ country, offset });
  });

  it('a country spanning many zones has no offset without a city or state', () => {
    expect(placeOf('United States')).toEqual({ country: 'united states', offset: null });
    expect(placeOf('Remote, US')).toEqual({ country: 'united states', offset: null });
  });

  it('unknown, empty and hostile text gives nothing', () => {
    expect(placeOf('Atlantis')).toEqual({ country: null, offset: null });
    expect(placeOf('')).toEqual({ country: null, offset: null });
    expect(placeOf('Contact us for more')).toEqual({ country: null, offset: null });
    expect(placeOf('x'.repeat(100_000))).toEqual({ country: null, offset: null });
  });
});

describe('cityOf', () => {
  it('drops "Greater … Area" and keeps the first part', () => {
    expect(cityOf('Greater Stockholm Metropolitan Area')).toBe('stockholm');
    expect(cityOf('San Francisco Bay Area')).toBe('san francisco');
    expect(cityOf('Stockholm, Sweden')).toBe('stockholm');
  });
});

describe('offsetOf', () => {
  it.each([
    ['UTC+1', 1],
    ['GMT-5', -5],
    ['UTC+05:30', 5.5],
    ['utc − 3', -3],
    ['CET', 1],
    ['PST', -8],
    ['Asia/Kolkata', 5.5],
  ])('%s → %d', (zone, hours) => {
    expect(offsetOf(zone, NOW)).toBe(hours);
  });

  it.each([[''], ['Mars/Olympus'], ['somewhere'], ['UTC+99:99x']])('%s → null', (zone) => {
    expect(offsetOf(zone, NOW)).toBeNull();
  });
});
