/** One city of a multi-city trip and how many days to spend there (flight days count twice). */
export interface CityStay {
  city: string;
  days: number;
}

/** Be in `city` on every day from `fromDay` to `toDay` (1-based, inclusive). */
export interface Commitment {
  city: string;
  fromDay: number;
  toDay: number;
  /** What happens there, e.g. "a wedding"; used only in explanations. */
  label?: string;
}

/** A direct connection; `bothWays: false` allows only `from` -> `to`. */
export interface Connection {
  from: string;
  to: string;
  bothWays: boolean;
}

export interface SequencingProblem {
  totalDays: number;
  cities: CityStay[];
  commitments: Commitment[];
  /** Allowed direct connections; `null` means any city may follow any other. */
  connections: Connection[] | null;
}

export interface ScheduledStay {
  city: string;
  firstDay: number;
  lastDay: number;
}

export interface FlightDay {
  day: number;
  from: string;
  to: string;
}

/** A constraint that took part in a conflict, in words and in data. */
export type ConflictingConstraint =
  | { kind: 'totalDays'; text: string }
  | { kind: 'commitment'; text: string; commitment: Commitment }
  | { kind: 'connections'; text: string }
  | { kind: 'stay'; text: string; city: string };

export type SequencingResult =
  | { ok: true; stays: ScheduledStay[]; flights: FlightDay[] }
  | { ok: false; reason: string; conflicts: ConflictingConstraint[] };
