export type * from './types.js';
export { sequenceCities } from './sequence.js';
export {
  sequencingProblemSchema,
  validateSequencingProblem,
  SequencingInputError,
} from './validate.js';
export { parseTripPlanningPrompt, PromptParseError } from './natural-plan-parse.js';
export { formatTripPlan } from './natural-plan-format.js';
