import { atom } from 'jotai';

export type Panel =
  'plan' | 'map' | 'places' | 'checks' | 'budget' | 'lists' | 'people' | 'activity' | 'assistant';

/** The day the member is looking at: drives the map and is shared with others as presence. */
export const selectedDayAtom = atom<string | null>(null);
export const panelAtom = atom<Panel>('plan');
/** The item open in the editor dialog, if any. */
export const editingItemAtom = atom<string | null>(null);
