import { CommandError } from '@caravan/core';
import { TripNotFoundError } from '../documents/index.js';
import { commandProblem } from '../routes/trip-content/problems.js';
import type { ProblemMapper } from './error-handler.js';
import { problemBody } from './problem.js';

/** Refused trip commands keep core's codes, the same as on the trip-content routes. */
export const contentProblems: ProblemMapper = (error) => {
  if (error instanceof CommandError) return commandProblem(error);
  if (error instanceof TripNotFoundError) return problemBody('not_found', error.message);
  return undefined;
};
