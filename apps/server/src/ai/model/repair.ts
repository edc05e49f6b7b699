import { allPlaces, foldName, getPlace, type CataloguePlace } from '@caravan/catalogue';
import {
  applyCommand,
  CommandError,
  contentCommandSchema,
  createTripDoc,
  readTripSnapshot,
  type ContentCommand,
  type TripSnapshot,
} from '@caravan/core';
import { lintTrip, type Finding } from '@caravan/planner';

export interface Repaired {
  commands: ContentCommand[];
  /** What was dropped or fixed, and why, in plain language. */
  notes: string[];
  lint: Finding[];
}

let byName: Map<string, CataloguePlace> | undefined;
function catalogueByName(name: string): CataloguePlace | undefined {
  byName ??= new Map(allPlaces().map((place) => [foldName(place.name), place]));
  return byName.get(foldName(name));
}

/** Places must be real: a catalogue id or name; coordinates and hours come from the catalogue. */
function groundPlaces(command: ContentCommand): ContentCommand | string {
  if (command.type !== 'addItem' || !command.item.place) return command;
  const given = command.item.place;
  const known =
    (given.catalogueId ? getPlace(given.catalogueId) : undefined) ?? catalogueByName(given.name);
  if (!known) return `dropped "${command.item.title}": unknown place "${given.name}"`;
  return {
    ...command,
    item: {
      ...command.item,
      place: {
        name: known.name,
        lat: known.lat,
        lon: known.lon,
        catalogueId: known.id,
        openingHours: known.openingHours,
        ...(known.address ? { address: known.address } : {}),
      },
    },
  };
}

/** A copy of the trip's itinerary to rehearse on (details and items; enough for the lint). */
function draftOf(trip: TripSnapshot) {
  const draft = createTripDoc(trip.details);
  const placed = [
    ...trip.days.flatMap((day) => day.items.map((item) => ({ item, to: day.date }))),
    ...trip.ideas.map((item) => ({ item, to: 'ideas' })),
  ];
  for (const { item, to } of placed) {
    const { createdBy, updatedAt: _updatedAt, ...content } = item;
    try {
      applyCommand(draft, { type: 'addItem', to, item: content }, { actorId: createdBy });
    } catch {
      // An item the current rules refuse is left out of the rehearsal, not the trip.
    }
  }
  return draft;
}

/**
 * The repair step between a model and the trip: drop commands core refuses, invented places
 * and commands that do not fit the trip (rehearsed in order on a copy), then lint the result.
 */
export function repairCommands(
  trip: TripSnapshot,
  proposed: readonly unknown[],
  actorId: string,
): Repaired {
  const notes: string[] = [];
  const commands: ContentCommand[] = [];
  const draft = draftOf(trip);
  try {
    proposed.forEach((raw, index) => {
      const parsed = contentCommandSchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        notes.push(
          `dropped command ${index + 1}: ${issue ? `${issue.path.join('.')} ${issue.message}` : 'invalid'}`,
        );
        return;
      }
      const grounded = groundPlaces(parsed.data);
      if (typeof grounded === 'string') {
        notes.push(grounded);
        return;
      }
      try {
        applyCommand(draft, grounded, { actorId });
        commands.push(grounded);
      } catch (error) {
        if (!(error instanceof CommandError)) throw error;
        notes.push(`dropped command ${index + 1} (${grounded.type}): ${error.message}`);
      }
    });
    return { commands, notes, lint: lintTrip(readTripSnapshot(draft)) };
  } finally {
    draft.destroy();
  }
}
