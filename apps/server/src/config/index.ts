import type { z } from 'zod';
import { configSections } from './sections.js';

type Sections = typeof configSections;
export type Config = { [K in keyof Sections]: z.output<Sections[K]> };
export type { Service } from './sections/server.js';

/** Thrown when the environment is invalid; the message is one line naming the variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly problem: string,
  ) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

/** Validates the environment once, at boot. Empty strings count as unset. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && value !== '') cleaned[key] = value;
  }
  const config: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(configSections)) {
    const result = schema.safeParse(cleaned);
    if (!result.success) {
      const issue = result.error.issues[0];
      const variable = typeof issue?.path[0] === 'string' ? issue.path[0] : name;
      throw new ConfigError(variable, issue?.message ?? 'is invalid');
    }
    config[name] = result.data;
  }
  return config as Config;
}
