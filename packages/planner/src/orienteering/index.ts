export type * from './types.js';
export { solveOrienteering } from './solve.js';
export { seededRandom } from './random.js';
