/** Thin client for the Caravan HTTP API: same origin, session cookie, RFC 9457 problem+json errors. */

export interface Problem {
  status: number;
  code: string;
  title: string;
  detail?: string;
  /** Field-level issues, keyed by the dotted path of the field. */
  fields: Record<string, string>;
}

export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }
}

interface RawProblem {
  status?: number;
  code?: string;
  title?: string;
  detail?: string;
  issues?: { path?: (string | number)[] | string; message?: string }[];
  errors?: { path?: (string | number)[] | string; message?: string }[];
}

function toProblem(status: number, raw: RawProblem | null): Problem {
  const fields: Record<string, string> = {};
  for (const issue of raw?.issues ?? raw?.errors ?? []) {
    const path = Array.isArray(issue.path) ? issue.path.join('.') : (issue.path ?? '');
    if (issue.message && !fields[path]) fields[path] = issue.message;
  }
  return {
    status,
    code: raw?.code ?? `http_${status}`,
    title: raw?.title ?? (status === 0 ? 'You are offline' : 'Request failed'),
    ...(raw?.detail ? { detail: raw.detail } : {}),
    fields,
  };
}

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(toProblem(0, null));
  }
  const text = await res.text();
  const data: unknown = text ? safeJson(text) : null;
  if (!res.ok) throw new ApiError(toProblem(res.status, data as RawProblem | null));
  return data as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Sends the browser to sign in and back to where it was. */
export function redirectToSignIn(): void {
  const here = window.location.pathname + window.location.search;
  window.location.assign(`/signin?next=${encodeURIComponent(here)}`);
}
