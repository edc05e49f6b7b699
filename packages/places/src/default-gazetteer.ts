import { listCities } from '@caravan/catalogue';
import { createGazetteer, type Gazetteer, type ResolvedPlace } from './gazetteer';

/** The gazetteer with the project catalogue's city aliases ("Lisboa", "Roma") added. */
export const gazetteer: Gazetteer = createGazetteer({ aliases: () => listCities() });

/** Resolves "Lisbon", "Lisboa", "LIS" or "lisbon portugal" to the same city. */
export function resolvePlace(query: string): ResolvedPlace | undefined {
  return gazetteer.resolvePlace(query);
}

/** Candidate cities for a name, most populous first. */
export function resolvePlaces(query: string, limit?: number): ResolvedPlace[] {
  return gazetteer.resolvePlaces(query, limit);
}
