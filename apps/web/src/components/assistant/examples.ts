/** Requests the planner reads well, offered as one-click starting points. */
export const EXAMPLE_REQUESTS = [
  '3 days in Lisbon for 2 friends, EUR 900, food and history',
  'A week in Porto in June for a family of 4, slow pace, museums',
  '2 days in Paris from 3 May, art and food, vegetarian',
] as const;

export const VIA_LABELS: Record<string, string> = {
  engine: 'the planning engine (no API key needed)',
  openai: 'OpenAI',
  anthropic: 'Anthropic',
};
