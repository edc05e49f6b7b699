/** The trip does not exist, is deleted, or has no document. */
export class TripNotFoundError extends Error {
  override readonly name = 'TripNotFoundError';
  constructor(readonly tripId: string) {
    super(`trip ${tripId} not found`);
  }
}
