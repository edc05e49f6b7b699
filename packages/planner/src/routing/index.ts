export type * from './types.js';
export { routeDay, RoutingInputError } from './route-day.js';
export type { RouteDayInput, RouteDayResult } from './route-day.js';
export { timeOrder } from './schedule.js';
export type { DaySchedulingContext, TimedOrder } from './schedule.js';
