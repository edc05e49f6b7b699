export type * from './types.js';
export { TRAVEL_MODES } from './types.js';
export {
  createStraightLineEstimator,
  DEFAULT_MODE_PROFILES,
  haversineMeters,
} from './straight-line.js';
export { buildMatrix, buildMatrixAsync } from './matrix.js';
