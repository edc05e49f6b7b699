import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Prompt templates are versioned files, `<name>.v<N>.md`; a change is a new version. */
export type PromptName = 'proposal' | 'agent';

const folder = fileURLToPath(new URL('.', import.meta.url));

export interface Prompt {
  name: PromptName;
  version: number;
  text: string;
}

/** Loads the newest version of every template once, at start. */
export function loadPrompts(dir = folder): Map<PromptName, Prompt> {
  const prompts = new Map<PromptName, Prompt>();
  for (const file of readdirSync(dir)) {
    const match = /^(proposal|agent)\.v(\d+)\.md$/.exec(file);
    if (!match) continue;
    const name = match[1] as PromptName;
    const version = Number(match[2]);
    const known = prompts.get(name);
    if (known && known.version > version) continue;
    prompts.set(name, { name, version, text: readFileSync(`${dir}/${file}`, 'utf8') });
  }
  for (const name of ['proposal', 'agent'] as const) {
    if (!prompts.has(name)) throw new Error(`prompt template ${name}.v1.md is missing`);
  }
  return prompts;
}

/** Fills `{{name}}` placeholders; an unknown placeholder is an error, not silent text. */
export function renderPrompt(prompt: Prompt, values: Record<string, string>): string {
  return prompt.text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined)
      throw new Error(`prompt ${prompt.name}.v${prompt.version} needs ${key}`);
    return value;
  });
}
