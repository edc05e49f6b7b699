import { aiSection } from './sections/ai.js';
import { authSection } from './sections/auth.js';
import { placesSection } from './sections/places.js';
import { serverSection } from './sections/server.js';

/**
 * Every configuration section, merged here. To add one: create config/sections/<area>.ts with a
 * zod object over its environment variables (transformed to a typed object) and add one line.
 */
export const configSections = {
  server: serverSection,
  auth: authSection,
  places: placesSection,
  ai: aiSection,
};
