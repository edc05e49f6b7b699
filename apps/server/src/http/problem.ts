/** Stable machine-readable error codes; clients switch on these, never on titles. */
export const PROBLEM_CODES = {
  validation_failed: { status: 400, title: 'The request is not valid' },
  malformed_json: { status: 400, title: 'The request body is not valid JSON' },
  invalid_command: { status: 422, title: 'The change cannot be applied to the trip' },
  plan_impossible: { status: 422, title: 'No plan fits this request' },
  unauthorized: { status: 401, title: 'Sign in first' },
  invalid_credentials: { status: 401, title: 'Wrong email or password' },
  forbidden: { status: 403, title: 'Your role on this trip does not allow this' },
  operator_only: { status: 403, title: 'Only an operator of this server may do this' },
  not_found: { status: 404, title: 'Not found' },
  method_not_allowed: { status: 405, title: 'Method not allowed' },
  conflict: { status: 409, title: 'Conflict' },
  email_taken: { status: 409, title: 'An account with this email already exists' },
  invite_expired: { status: 410, title: 'This invite link has expired' },
  invite_revoked: { status: 410, title: 'This invite link was revoked' },
  invite_used: { status: 410, title: 'This invite link was already used' },
  payload_too_large: { status: 413, title: 'The request body is too large' },
  unsupported_media_type: { status: 415, title: 'Send the body as application/json' },
  rate_limited: { status: 429, title: 'Too many attempts; try again later' },
  bad_request: { status: 400, title: 'Bad request' },
  internal_error: { status: 500, title: 'Something went wrong on our side' },
  unavailable: { status: 503, title: 'Temporarily unavailable' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof PROBLEM_CODES;

export interface FieldProblem {
  /** Dotted path of the offending field, e.g. `body.startDate`. */
  field: string;
  /** The same path as segments, as trip commands report it. */
  path?: (string | number)[];
  message: string;
}

/** The RFC 9457 body we send, plus our `code` (and `errors` for validation). */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  code: ProblemCode;
  detail?: string;
  instance?: string;
  errors?: FieldProblem[];
}

/** Throw from anywhere in a request to answer with problem+json. */
export class ProblemError extends Error {
  readonly status: number;
  constructor(
    readonly code: ProblemCode,
    readonly detail?: string,
    readonly errors?: FieldProblem[],
  ) {
    super(detail ?? PROBLEM_CODES[code].title);
    this.name = 'ProblemError';
    this.status = PROBLEM_CODES[code].status;
  }
}

export function problemBody(
  code: ProblemCode,
  detail?: string,
  extras: { instance?: string; errors?: FieldProblem[] } = {},
): ProblemBody {
  const { status, title } = PROBLEM_CODES[code];
  return {
    type: `https://caravan.dev/problems/${code.replaceAll('_', '-')}`,
    title,
    status,
    code,
    ...(detail ? { detail } : {}),
    ...(extras.instance ? { instance: extras.instance } : {}),
    ...(extras.errors ? { errors: extras.errors } : {}),
  };
}

export const notFound = (what: string) => new ProblemError('not_found', `${what} not found`);
