export { lintTrip, hasErrors } from './lint-trip.js';
export { lintRules, type Finding, type LintRule, type Severity } from './finding.js';
export {
  straightLineEstimator,
  cityEstimator,
  distanceKm,
  type CurrencyConverter,
  type LintOptions,
  type TravelEstimator,
} from './context.js';
export { formatMoney } from './rules/budget.js';
export { parseHours, openWindows } from './rules/opening-hours.js';
