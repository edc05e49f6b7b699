import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A tool the fake model calls, with its input. */
export interface ScriptedToolCall {
  name: string;
  input: unknown;
}

/**
 * What the fake answers next: a JSON value as the model's output, raw text, tool calls, an HTTP
 * error, or silence.
 */
export type Scripted =
  | { json: unknown }
  | { text: string }
  | { toolCalls: ScriptedToolCall[] }
  | { status: number; error?: string }
  | { hang: true };

export interface FakeModels {
  /** Base URLs as OPENAI_BASE_URL / ANTHROPIC_BASE_URL expect them. */
  openaiUrl: string;
  anthropicUrl: string;
  /** Queues answers per provider; when the queue is empty the fake answers 500. */
  openai: Scripted[];
  anthropic: Scripted[];
  /** Requests received per provider (bodies), to assert what was sent. */
  received: { openai: unknown[]; anthropic: unknown[] };
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** OpenAI chat completions: the output is the message content, usage in prompt/completion tokens. */
function openaiAnswer(res: ServerResponse, next: Scripted): void {
  if ('hang' in next) return;
  if ('status' in next) {
    sendJson(res, next.status, {
      error: { message: next.error ?? 'upstream failure', type: 'server_error', code: null },
    });
    return;
  }
  if ('toolCalls' in next) {
    const toolCalls = next.toolCalls.map((call, i) => ({
      id: `call_${i + 1}`,
      type: 'function',
      function: { name: call.name, arguments: JSON.stringify(call.input) },
    }));
    sendJson(res, 200, {
      id: 'chatcmpl-test',
      object: 'chat.completion',
      created: 1_800_000_000,
      model: 'gpt-test',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: null, tool_calls: toolCalls },
          finish_reason: 'tool_calls',
        },
      ],
      usage: { prompt_tokens: 800, completion_tokens: 60, total_tokens: 860 },
    });
    return;
  }
  const content = 'json' in next ? JSON.stringify(next.json) : next.text;
  sendJson(res, 200, {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_800_000_000,
    model: 'gpt-test',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 1200, completion_tokens: 300, total_tokens: 1500 },
  });
}

/**
 * Anthropic messages: structured output arrives as the input of a `json` tool call (the AI SDK's
 * jsonTool mode); raw text as a text block.
 */
function anthropicAnswer(res: ServerResponse, next: Scripted): void {
  if ('hang' in next) return;
  if ('status' in next) {
    sendJson(res, next.status, {
      type: 'error',
      error: {
        type: next.status === 429 ? 'rate_limit_error' : 'api_error',
        message: next.error ?? 'failure',
      },
    });
    return;
  }
  const content =
    'toolCalls' in next
      ? next.toolCalls.map((call, i) => ({
          type: 'tool_use',
          id: `toolu_${i + 1}`,
          name: call.name,
          input: call.input,
        }))
      : 'json' in next
        ? [{ type: 'tool_use', id: 'toolu_test', name: 'json', input: next.json }]
        : [{ type: 'text', text: next.text }];
  sendJson(res, 200, {
    id: 'msg_test',
    type: 'message',
    role: 'assistant',
    model: 'claude-test',
    content,
    stop_reason: 'text' in next ? 'end_turn' : 'tool_use',
    stop_sequence: null,
    usage: { input_tokens: 1000, output_tokens: 200 },
  });
}

async function bodyOf(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
}

/** One local server on port 0 speaking both providers' wire formats. */
export async function startFakeModels(): Promise<FakeModels> {
  const fake = {
    openai: [] as Scripted[],
    anthropic: [] as Scripted[],
    received: { openai: [] as unknown[], anthropic: [] as unknown[] },
  };
  const server: Server = createServer((req, res) => {
    void bodyOf(req).then((body) => {
      if (req.url === '/openai/v1/chat/completions') {
        fake.received.openai.push(body);
        openaiAnswer(res, fake.openai.shift() ?? { status: 500 });
      } else if (req.url === '/anthropic/v1/messages') {
        fake.received.anthropic.push(body);
        anthropicAnswer(res, fake.anthropic.shift() ?? { status: 500 });
      } else {
        sendJson(res, 404, { error: { message: `no route ${req.url ?? ''}` } });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    ...fake,
    openaiUrl: `${base}/openai/v1`,
    anthropicUrl: `${base}/anthropic/v1`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Environment that points both providers at the fake, with test-sized timings. */
export function fakeModelEnv(fake: FakeModels, extra: Record<string, string> = {}) {
  return {
    OPENAI_API_KEY: 'test-openai',
    OPENAI_BASE_URL: fake.openaiUrl,
    ANTHROPIC_API_KEY: 'test-anthropic',
    ANTHROPIC_BASE_URL: fake.anthropicUrl,
    AI_TIMEOUT_MS: '300',
    AI_RETRIES: '1',
    AI_RETRY_BASE_MS: '1',
    ...extra,
  };
}
