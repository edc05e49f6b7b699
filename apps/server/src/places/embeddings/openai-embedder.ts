import { z } from 'zod';
import type { ResilientHttp } from '../live/resilient-http.js';
import type { Embedder } from './embedder.js';

const responseSchema = z.object({
  data: z.array(z.object({ index: z.number().int(), embedding: z.array(z.number()) })).min(1),
});

/** An OpenAI-compatible `POST {url}/embeddings` endpoint (OpenAI, Ollama, vLLM, LocalAI...). */
export function createOpenAiEmbedder(options: {
  url: string;
  key?: string | undefined;
  model: string;
  http: ResilientHttp;
}): Embedder {
  const endpoint = `${options.url.replace(/\/+$/, '')}/embeddings`;
  return {
    model: options.model,
    async embed(texts) {
      if (texts.length === 0) return [];
      const body = await options.http.requestJson(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.key ? { authorization: `Bearer ${options.key}` } : {}),
        },
        body: JSON.stringify({ model: options.model, input: texts }),
      });
      const parsed = responseSchema.parse(body);
      const vectors = new Array<number[]>(texts.length);
      for (const item of parsed.data) vectors[item.index] = item.embedding;
      if (vectors.some((v) => v === undefined) || parsed.data.length !== texts.length) {
        throw new Error('embeddings response does not cover every input');
      }
      return vectors;
    },
  };
}
