import { describe, expect, it } from 'vitest';
import { getCountry, countryCodeByName } from './data/countries';
import { timezoneAt } from './timezone';

describe('time zones and countries', () => {
  it('gives the IANA time zone of a coordinate', () => {
    expect(timezoneAt(38.72, -9.14)).toBe('Europe/Lisbon');
    expect(timezoneAt(40.71, -74.0)).toBe('America/New_York');
    expect(timezoneAt(-33.87, 151.21)).toBe('Australia/Sydney');
  });

  it('refuses a point off the globe', () => {
    expect(() => timezoneAt(91, 0)).toThrow(RangeError);
    expect(() => timezoneAt(0, Number.NaN)).toThrow(RangeError);
  });

  it('knows a country by code or by its English or native name, with currency and languages', () => {
    expect(getCountry('jp')).toMatchObject({ name: 'Japan', currencies: ['JPY'] });
    expect(getCountry('PT')?.languages).toEqual([{ code: 'pt', name: 'Portuguese' }]);
    expect(countryCodeByName('España')).toBe('ES');
    expect(countryCodeByName('united kingdom')).toBe('GB');
    expect(countryCodeByName('Atlantis')).toBeUndefined();
  });
});
