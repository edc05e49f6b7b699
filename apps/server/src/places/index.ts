export { createPlaces, type Places, type PlacesDeps } from './places-module.js';
export { PLACE_CATEGORIES, PLACE_TAGS, type PlaceView } from './model.js';
export type { SearchHit, SearchRequest, SearchResponse } from './search/search-service.js';
export { UnknownCurrencyError } from './fx/fx-service.js';
export type { Provenance, LiveFailureReason } from './live/errors.js';
