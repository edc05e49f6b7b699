import { once } from 'node:events';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestDatabase } from '../../../test/support/database.js';
import { aiSection } from '../../config/sections/ai.js';
import type { Database } from '../../db/index.js';
import { createAiService, type AiService } from '../service.js';
import { fakeModelEnv, startFakeModels, type FakeModels } from '../testing/fake-models.js';
import { callStructured, describeAttempts } from './call.js';

const answerSchema = z.object({ answer: z.string() });
const logger = pino({ level: 'silent' });

describe('calling models with fallback', () => {
  let database: Database;
  let fake: FakeModels;
  const services: AiService[] = [];

  const service = (extra: Record<string, string> = {}) => {
    const ai = createAiService({
      config: aiSection.parse(fakeModelEnv(fake, extra)),
      db: database.db,
      logger,
    });
    services.push(ai);
    return ai;
  };
  const ask = (ai: AiService, check?: (v: { answer: string }) => string | undefined) =>
    callStructured(ai.providers, ai.policy, ai.ledger, {
      purpose: 'test',
      prompt: 'Say hello as JSON.',
      schema: answerSchema,
      ...(check ? { check } : {}),
    });

  beforeAll(async () => {
    [database, fake] = await Promise.all([createTestDatabase(), startFakeModels()]);
  });
  afterEach(() => {
    fake.openai.length = 0;
    fake.anthropic.length = 0;
  });
  afterAll(async () => {
    services.forEach((s) => s.close());
    await Promise.all([fake.close(), database.close()]);
  });

  it('answers from OpenAI and records the tokens and cost of the call', async () => {
    const ai = service();
    fake.openai.push({ json: { answer: 'hello' } });
    const result = await ask(ai);
    expect(result).toMatchObject({ ok: true, via: 'openai', value: { answer: 'hello' } });
    const totals = await ai.ledger.totals();
    const openai = totals.find((t) => t.provider === 'openai');
    expect(openai?.inputTokens).toBeGreaterThanOrEqual(1200);
    // 1200 in × $0.15/M + 300 out × $0.60/M = 180 + 180 micro-dollars.
    expect(openai?.costMicroUsd).toBeGreaterThanOrEqual(360);
  });

  it('falls back to Anthropic when OpenAI keeps rate-limiting', async () => {
    const ai = service();
    fake.openai.push({ status: 429 }, { status: 429 });
    fake.anthropic.push({ json: { answer: 'from claude' } });
    const result = await ask(ai);
    expect(result).toMatchObject({ ok: true, via: 'anthropic', value: { answer: 'from claude' } });
    expect(describeAttempts(result.attempts)).toBe('openai: rate_limited, rate_limited');
  });

  it('retries a server error once and then succeeds on the same provider', async () => {
    const ai = service();
    fake.openai.push({ status: 503 }, { json: { answer: 'back' } });
    const result = await ask(ai);
    expect(result).toMatchObject({ ok: true, via: 'openai' });
    expect(result.attempts.map((a) => a.outcome)).toEqual(['server_error', 'ok']);
  });

  it('falls back when OpenAI does not answer in time', async () => {
    const ai = service({ AI_RETRIES: '0' });
    fake.openai.push({ hang: true });
    fake.anthropic.push({ json: { answer: 'on time' } });
    const result = await ask(ai);
    expect(result).toMatchObject({ ok: true, via: 'anthropic' });
    expect(result.attempts[0]?.outcome).toBe('timeout');
  });

  it('repairs malformed output with one more request', async () => {
    const ai = service();
    fake.openai.push({ text: 'Sure! Here is {not json' }, { json: { answer: 'fixed' } });
    const result = await ask(ai);
    expect(result).toMatchObject({ ok: true, via: 'openai', repaired: true });
    const retry = JSON.stringify(fake.received.openai.at(-1));
    expect(retry).toContain('could not be used');
  });

  it('rejects output that stays malformed and moves to the next provider', async () => {
    const ai = service();
    fake.openai.push({ text: 'nope' }, { json: { wrong: true } });
    fake.anthropic.push({ text: 'still nope' }, { text: 'again' });
    const result = await ask(ai);
    expect(result.ok).toBe(false);
    expect(result.attempts.map((a) => `${a.provider}:${a.outcome}`)).toEqual([
      'openai:malformed',
      'openai:malformed',
      'anthropic:malformed',
      'anthropic:malformed',
    ]);
  });

  it('rejects well-formed answers the repair step refuses', async () => {
    const ai = service({ ANTHROPIC_API_KEY: '' });
    fake.openai.push({ json: { answer: 'invented' } }, { json: { answer: 'invented' } });
    const result = await ask(ai, (v) => (v.answer === 'invented' ? 'unknown place' : undefined));
    expect(result.ok).toBe(false);
    expect(result.attempts.map((a) => a.outcome)).toEqual(['rejected', 'rejected']);
  });

  it('opens the breaker after repeated failures and closes it after the reset timeout', async () => {
    const ai = service({ AI_RETRIES: '0', AI_BREAKER_FAILURES: '2', AI_BREAKER_RESET_MS: '2000' });
    const openai = ai.providers[0];
    if (!openai) throw new Error('openai not configured');
    fake.openai.push({ status: 500 }, { status: 500 });
    fake.anthropic.push(
      { json: { answer: 'a' } },
      { json: { answer: 'b' } },
      { json: { answer: 'c' } },
    );
    const opened = once(openai.breaker, 'open');
    await ask(ai);
    await ask(ai);
    await opened;
    const sent = fake.received.openai.length;
    const whileOpen = await ask(ai);
    expect(whileOpen).toMatchObject({ ok: true, via: 'anthropic' });
    expect(whileOpen.attempts[0]?.outcome).toBe('breaker_open');
    expect(fake.received.openai.length).toBe(sent);
    // The reset timer may already have run while Anthropic answered.
    if (!openai.breaker.halfOpen) await once(openai.breaker, 'halfOpen');
    fake.openai.push({ json: { answer: 'recovered' } });
    const after = await ask(ai);
    expect(after).toMatchObject({ ok: true, via: 'openai' });
    expect(openai.breaker.closed).toBe(true);
  });
});
