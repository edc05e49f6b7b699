/** A precise reason a request cannot be planned, naming the field at fault. */
export interface RequestIssue {
  /** Stable code for programs: `unknown_city`, `zero_days`, `no_dates`, ... */
  code:
    | 'invalid_field'
    | 'unknown_city'
    | 'no_destination'
    | 'zero_days'
    | 'no_dates'
    | 'no_duration'
    | 'bad_party'
    | 'too_long';
  /** Dotted path of the field, e.g. `destinations.0.city`. */
  field: string;
  message: string;
}

export type Parsed<T> =
  { ok: true; value: T; notes: string[] } | { ok: false; issues: RequestIssue[] };
