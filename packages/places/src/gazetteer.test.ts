import { describe, expect, it } from 'vitest';
import { createGazetteer } from './gazetteer';
import { resolvePlace, resolvePlaces } from './default-gazetteer';

describe('the gazetteer', () => {
  it('resolves an English name, the local name, the airport code and "city country" to one city', () => {
    const lisbon = resolvePlace('Lisbon');
    expect(lisbon).toMatchObject({
      name: 'Lisbon',
      country: 'PT',
      timezone: 'Europe/Lisbon',
      currency: 'EUR',
    });
    for (const query of ['Lisboa', 'LIS', 'lisbon portugal', '  LISBON ', 'Lisbon, Portugal']) {
      expect(resolvePlace(query)?.geonameId, query).toBe(lisbon?.geonameId);
    }
    expect(resolvePlace('LIS')).toMatchObject({ matchedBy: 'airport', airport: { iata: 'LIS' } });
    expect(resolvePlace('Lisboa')?.matchedBy).toBe('alias');
  });

  it('links a city to the project catalogue when the catalogue has it', () => {
    expect(resolvePlace('Lisbon')?.catalogueCityId).toBe('lisbon');
  });

  it('ranks an ambiguous name by population', () => {
    const [first, second] = resolvePlaces('Paris', 5);
    expect(first).toMatchObject({ country: 'FR', timezone: 'Europe/Paris' });
    expect(first?.population).toBeGreaterThan(second?.population ?? 0);
    expect(resolvePlace('london')?.country).toBe('GB');
    expect(resolvePlace('springfield')?.country).toBe('US');
  });

  it('narrows an ambiguous name by the country or US state that follows it', () => {
    expect(resolvePlace('paris texas')).toBeUndefined();
    expect(resolvePlace('Paris, TX')).toMatchObject({ country: 'US', adminCode: 'TX' });
    expect(resolvePlace('London Canada')).toMatchObject({ country: 'CA' });
    expect(resolvePlace('lisbon united states')).toMatchObject({ country: 'US' });
  });

  it('ignores case and accents', () => {
    expect(resolvePlace('sao paulo')).toMatchObject({ name: 'São Paulo', country: 'BR' });
    expect(resolvePlace('ZÜRICH')?.country).toBe('CH');
    expect(resolvePlace('zurich')?.country).toBe('CH');
  });

  it('maps airport codes to the city they serve, with its time zone', () => {
    expect(resolvePlace('NRT')).toMatchObject({ country: 'JP', timezone: 'Asia/Tokyo' });
    expect(resolvePlace('JFK')).toMatchObject({ country: 'US', timezone: 'America/New_York' });
    expect(resolvePlace('CDG')).toMatchObject({ country: 'FR' });
  });

  it('returns nothing for empty or unknown names', () => {
    expect(resolvePlace('')).toBeUndefined();
    expect(resolvePlace('   ')).toBeUndefined();
    expect(resolvePlace('qwxzzy nowhere')).toBeUndefined();
  });

  it('finds the main city near a coordinate', () => {
    expect(resolvePlace('Tokyo')?.name).toBe('Tokyo');
    const gazetteer = createGazetteer();
    expect(gazetteer.nearestCity(48.86, 2.35)?.name).toBe('Paris');
    expect(gazetteer.nearestCity(35.69, 139.7)?.timezone).toBe('Asia/Tokyo');
  });

  it('takes extra aliases from whoever builds it', () => {
    const gazetteer = createGazetteer({
      aliases: () => [
        {
          id: 'tokyo',
          name: 'Tokyo',
          country: 'JP',
          lat: 35.68,
          lon: 139.69,
          aliases: ['Tōkyō-to'],
        },
      ],
    });
    expect(gazetteer.resolvePlace('tokyo to')).toMatchObject({
      name: 'Tokyo',
      catalogueCityId: 'tokyo',
      matchedBy: 'alias',
    });
  });
});
