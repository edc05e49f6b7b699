import { allPlaces } from '@caravan/catalogue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/index.js';
import { openPlacesTestDatabase, PLACES_TEST_DIALECTS } from '../testing/databases.js';
import { PlacesRepository } from './places-repository.js';
import { cataloguePlaceInputs, seedCatalogue } from './seed-catalogue.js';

const dialect = PLACES_TEST_DIALECTS[PLACES_TEST_DIALECTS.length - 1] ?? 'pglite';

describe(`seeding the catalogue at start-up (${dialect})`, () => {
  let database!: Database | undefined;
  let repository!: PlacesRepository;

  beforeAll(async () => {
    database = await openPlacesTestDatabase(dialect);
    repository = new PlacesRepository(database.db);
  }, 240_000);
  afterAll(() => database?.close());

  const count = async () => {
    const row = await repository.db
      .selectFrom('places')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('source', '=', 'catalogue')
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };

  it('writes every catalogue place once and nothing on the next start', async () => {
    const first = await seedCatalogue(repository);
    expect(first.written).toHaveLength(allPlaces().length);
    expect(await count()).toBe(allPlaces().length);
    const second = await seedCatalogue(repository);
    expect(second).toMatchObject({ written: [], deleted: 0 });
    expect(await count()).toBe(allPlaces().length);
  });

  it('rewrites a changed place and removes one the catalogue dropped', async () => {
    const [changed, dropped, ...rest] = cataloguePlaceInputs();
    if (!changed || !dropped) throw new Error('the catalogue is empty');
    const edited = { ...changed, description: `${changed.description} Now with a rooftop bar.` };
    const result = await seedCatalogue(repository, [edited, ...rest]);
    expect(result).toMatchObject({ written: [changed.id], deleted: 1 });
    const [row] = await repository.byIds([changed.id]);
    expect(row?.description).toContain('rooftop bar');
    expect(await repository.byIds([dropped.id])).toEqual([]);
  });
});
