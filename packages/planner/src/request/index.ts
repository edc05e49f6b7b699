export * from './schema.js';
export type { CityResolver, ResolvedCity } from './cities.js';
export type { RequestIssue, Parsed } from './issues.js';
export { parseRequestText, type ParseTextOptions } from './parse-text.js';
export { parseRequestJson } from './parse-json.js';
export { interestsIn } from './interests.js';
export { budgetIn, minorUnitsPerMajor } from './money.js';
