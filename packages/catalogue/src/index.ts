export {
  CATEGORIES,
  INTEREST_TAGS,
  cataloguePlaceSchema,
  citySchema,
  currencyCodeSchema,
  moneySchema,
} from './schema';
export type { CataloguePlace, Category, City, InterestTag, Money } from './schema';
export {
  allPlaces,
  findCity,
  foldName,
  getCity,
  getPlace,
  listCities,
  placesOf,
} from './catalogue';
export { isOpenAt, openingHoursProblem, parseOpeningHours } from './hours';
export type { HoursContext } from './hours';
export { DAY_TRIP_MAX_KM, distanceKm } from './geo';
