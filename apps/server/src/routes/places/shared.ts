import type { Places } from '../../places/index.js';

const byContext = new WeakMap<object, Places>();

/** Lets other route areas (the assistant's tools) use the one places service of this app. */
export function sharePlaces(context: object, places: Places): void {
  byContext.set(context, places);
}

/** The app's places service, once the places routes have built it. */
export function sharedPlaces(context: object): Places | undefined {
  return byContext.get(context);
}
