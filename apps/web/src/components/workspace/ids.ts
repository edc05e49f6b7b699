/** Client-chosen entity ids (the core accepts any URL-safe id). */
export function newId(): string {
  return crypto.randomUUID();
}

export const IDEAS = 'ideas';
