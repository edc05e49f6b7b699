export {
  TRIP_ACTIONS,
  TRIP_ROLES,
  can,
  canEditContent,
  type TripAction,
  type TripRole,
} from './roles.js';
export { MembershipRepository, type TripMember } from './membership-repository.js';
export { authorizeTrip, type TripAccessDeps } from './authorize.js';
export {
  OPERATOR_ACTIONS,
  authorizeOperator,
  isOperator,
  type OperatorAction,
} from './operators.js';
