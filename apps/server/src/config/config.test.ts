import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './index.js';

describe('configuration', () => {
  it('starts on embedded defaults with an empty environment', () => {
    const config = loadConfig({});
    expect(config.server).toMatchObject({
      port: 3000,
      dataDir: './data',
      databaseUrl: undefined,
      redisUrl: undefined,
      services: ['api', 'collab', 'worker', 'web'],
      publicUrl: 'http://localhost:3000',
    });
    expect(config.auth.sessionTtlDays).toBe(30);
  });

  it('reads every documented variable', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://u@db:5432/caravan',
      REDIS_URL: 'redis://cache:6379',
      PUBLIC_URL: 'https://trips.example.org/',
      TRUST_PROXY: 'true',
      COOKIE_SECURE: 'false',
      SESSION_TTL_DAYS: '7',
      SERVICES: 'api, collab',
      LOG_LEVEL: 'debug',
    });
    expect(config.server).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://u@db:5432/caravan',
      redisUrl: 'redis://cache:6379',
      publicUrl: 'https://trips.example.org',
      trustProxy: true,
      services: ['api', 'collab'],
      logLevel: 'debug',
    });
    expect(config.auth).toMatchObject({ sessionTtlDays: 7, cookieSecure: false });
  });

  it.each([
    ['PORT', 'seventy', /PORT must be a whole number/],
    ['PORT', '70000', /PORT must be at most 65535/],
    ['DATABASE_URL', 'mysql://x@y/z', /DATABASE_URL must be a postgres/],
    ['REDIS_URL', 'nonsense', /REDIS_URL must be a redis/],
    ['SERVICES', 'api,mailer', /SERVICES unknown service "mailer"/],
    ['COOKIE_SECURE', 'maybe', /COOKIE_SECURE must be true or false/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL/],
    ['SESSION_TTL_DAYS', '0', /SESSION_TTL_DAYS must be at least 1/],
    ['ADMIN_EMAILS', 'ops@example.org, nobody', /ADMIN_EMAILS .*"nobody" is not one/],
  ])('refuses %s=%s with one line naming the variable', (variable, value, message) => {
    let thrown: unknown;
    try {
      loadConfig({ [variable]: value });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    const error = thrown as ConfigError;
    expect(error.variable).toBe(variable);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
  });

  it('reads the operators of the server as lower-case email addresses', () => {
    expect(
      loadConfig({ ADMIN_EMAILS: ' Ops@Example.org,root@example.org ,' }).auth.adminEmails,
    ).toEqual(['ops@example.org', 'root@example.org']);
    expect(loadConfig({}).auth.adminEmails).toEqual([]);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).server).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
    });
  });

  it('accepts every value written in .env.example', () => {
    const file = path.resolve(
      path.dirname(fileURLToPath(import.meta.url)),
      '../../../../.env.example',
    );
    const env: Record<string, string> = {};
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const match = /^([A-Z0-9_]+)=(.*)$/.exec(line);
      if (match?.[1] && match[2] !== undefined) env[match[1]] = match[2];
    }
    expect(Object.keys(env).length).toBeGreaterThan(10);
    expect(() => loadConfig(env)).not.toThrow();
  });
});
