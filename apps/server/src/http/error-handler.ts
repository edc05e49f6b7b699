import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ProblemError, problemBody, type FieldProblem, type ProblemCode } from './problem.js';

const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';

// Fastify's own client errors, by code.
const FASTIFY_CODES: Record<string, ProblemCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
  FST_ERR_VALIDATION: 'validation_failed',
};

/** A problem body some other module (e.g. refused trip commands) knows how to describe. */
export interface MappedProblem {
  status: number;
  code: string;
  title: string;
  type: string;
  detail?: string;
  errors?: unknown[];
}
export type ProblemMapper = (error: unknown) => MappedProblem | undefined;

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ProblemCode,
  detail?: string,
  errors?: FieldProblem[],
) {
  const body = problemBody(code, detail, { instance: request.url, ...(errors ? { errors } : {}) });
  return reply.status(body.status).type(PROBLEM_TYPE).send(body);
}

/** Every error leaves as RFC 9457 problem+json with a stable code; bad input is never a 500. */
export function installErrorHandling(app: FastifyInstance, mappers: ProblemMapper[] = []) {
  app.setNotFoundHandler((request, reply) =>
    sendProblem(request, reply, 'not_found', `no route for ${request.method} ${request.url}`),
  );

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ProblemError) {
      return sendProblem(request, reply, error.code, error.detail, error.errors);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const part = error.validationContext ?? 'body';
      const errors = error.validation.map((issue) => describeIssue(part, issue));
      const first = errors[0];
      return sendProblem(
        request,
        reply,
        'validation_failed',
        first ? `${first.field}: ${first.message}` : undefined,
        errors,
      );
    }
    for (const mapper of mappers) {
      const problem = mapper(error);
      if (problem) {
        return reply
          .status(problem.status)
          .type(PROBLEM_TYPE)
          .send({ ...problem, instance: request.url });
      }
    }
    const known = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (known) return sendProblem(request, reply, known, error.message);
    if (error.statusCode === 429) return sendProblem(request, reply, 'rate_limited');
    if (error instanceof SyntaxError) return sendProblem(request, reply, 'malformed_json');
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      const code: ProblemCode = error.statusCode === 404 ? 'not_found' : 'bad_request';
      return sendProblem(request, reply, code, error.message);
    }
    request.log.error({ err: error }, 'request failed');
    return sendProblem(request, reply, 'internal_error');
  });
}

interface NestedIssue {
  path: PropertyKey[];
  message: string;
  code?: string;
  errors?: unknown;
}

/**
 * A union that failed reports every branch's issues; the branch that got furthest (longest
 * path) is the one the client meant, so name its field instead of "Invalid input".
 */
function deepestUnionIssue(errors: unknown): NestedIssue | undefined {
  if (!Array.isArray(errors)) return undefined;
  let best: NestedIssue | undefined;
  for (const branch of errors) {
    if (!Array.isArray(branch)) continue;
    for (const candidate of branch as NestedIssue[]) {
      const nested =
        candidate.code === 'invalid_union' ? deepestUnionIssue(candidate.errors) : undefined;
      const issue = nested ? { ...nested, path: [...candidate.path, ...nested.path] } : candidate;
      if (!best || issue.path.length > best.path.length) best = issue;
    }
  }
  return best;
}

function describeIssue(
  part: string,
  issue: {
    instancePath: string;
    message?: string | undefined;
    keyword: string;
    params: Record<string, unknown>;
  },
): FieldProblem {
  const path: (string | number)[] = issue.instancePath.split('/').filter(Boolean);
  // Unknown keys are reported on the parent object; name them instead.
  const keys = issue.keyword === 'unrecognized_keys' ? issue.params.keys : undefined;
  if (Array.isArray(keys) && keys.length > 0) {
    const names = keys.map(String);
    return {
      field: [part, ...path, names[0]].join('.'),
      path: [...path, names[0] ?? ''],
      message: `unknown field${names.length > 1 ? 's' : ''}: ${names.join(', ')}`,
    };
  }
  const nested =
    issue.keyword === 'invalid_union' ? deepestUnionIssue(issue.params.errors) : undefined;
  if (nested && nested.path.length > 0) {
    const full = [
      ...path,
      ...nested.path.map((key) => (typeof key === 'number' ? key : String(key))),
    ];
    return { field: [part, ...full].join('.'), path: full, message: nested.message };
  }
  return { field: [part, ...path].join('.'), path, message: issue.message ?? 'is not valid' };
}
