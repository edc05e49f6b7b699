/** One projection ready to store, already serialized. */
export interface ProjectionRow {
  tripId: string;
  json: string;
  title: string;
  startDate: string;
  endDate: string;
  version: number;
}
