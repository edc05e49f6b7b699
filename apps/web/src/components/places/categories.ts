/** The catalogue's categories (packages/catalogue CATEGORIES), named for people. */
export const PLACE_CATEGORIES = [
  { id: 'sight', label: 'Sights', one: 'Sight' },
  { id: 'museum', label: 'Museums', one: 'Museum' },
  { id: 'park', label: 'Parks', one: 'Park' },
  { id: 'nature', label: 'Nature', one: 'Nature' },
  { id: 'food', label: 'Food', one: 'Food' },
  { id: 'drink', label: 'Drinks', one: 'Drinks' },
  { id: 'nightlife', label: 'Nightlife', one: 'Nightlife' },
  { id: 'shopping', label: 'Shopping', one: 'Shopping' },
  { id: 'experience', label: 'Experiences', one: 'Experience' },
  { id: 'daytrip', label: 'Day trips', one: 'Day trip' },
] as const;

/** "museum" -> "Museum". */
export function categoryName(id: string): string {
  return PLACE_CATEGORIES.find((c) => c.id === id)?.one ?? id;
}
