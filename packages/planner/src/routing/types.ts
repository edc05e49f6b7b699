/** Minutes since midnight of the day being planned (local time of that day). */
export type Minutes = number;

/** An interval during which a visit may take place (it must start and end inside it). */
export interface TimeWindow {
  open: Minutes;
  close: Minutes;
}

/**
 * Travel minutes between matrix indices, `matrix[from][to]`. Solvers take a precomputed matrix
 * so that any estimator, synchronous or a remote routing service, can fill it beforehand.
 */
export type TravelMatrix = readonly (readonly number[])[];

export interface RouteStop {
  id: string;
  /** How long the visit lasts. */
  durationMinutes: number;
  /** Opening intervals on that date; absent means open all day. */
  windows?: readonly TimeWindow[];
  /** A booking: the visit starts exactly then. */
  fixedStart?: Minutes;
  /** The stop must be at this 0-based position among the stops. */
  fixedPosition?: number;
}

export type ViolationKind = 'closed' | 'fixedStart' | 'fixedPosition' | 'dayEnd';

export interface RouteViolation {
  kind: ViolationKind;
  /** The stop concerned; absent for the end of the day. */
  stopId?: string;
  /** How late the visit (or the return) is, in minutes; 0 for a misplaced stop. */
  minutesLate: number;
  message: string;
}
