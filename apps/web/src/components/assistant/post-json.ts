/** A problem+json answer read whole, keeping every field message (the planner gives several). */
export interface ProblemAnswer {
  status: number;
  code: string;
  title: string;
  messages: string[];
}

interface RawProblem {
  code?: string;
  title?: string;
  detail?: string;
  errors?: { message?: string }[];
}

export function problemOf(status: number, raw: unknown): ProblemAnswer {
  const body = (raw && typeof raw === 'object' ? raw : {}) as RawProblem;
  const messages = (body.errors ?? [])
    .map((e) => e.message)
    .filter((m): m is string => typeof m === 'string' && m.length > 0);
  return {
    status,
    code: body.code ?? `http_${status}`,
    title: body.title ?? (status === 0 ? 'You are offline' : 'Request failed'),
    messages: messages.length > 0 ? messages : body.detail ? [body.detail] : [],
  };
}

/** POSTs JSON to the API on the same origin; the response is returned unread. */
export async function postJson(path: string, body: unknown): Promise<Response> {
  return fetch(`/api/v1${path}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

export async function readProblem(res: Response): Promise<ProblemAnswer> {
  const text = await res.text();
  try {
    return problemOf(res.status, text ? JSON.parse(text) : null);
  } catch {
    return problemOf(res.status, null);
  }
}
