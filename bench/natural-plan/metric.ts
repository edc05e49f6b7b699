/**
 * NATURAL PLAN's own trip-planning metric (its `parse_response` and `compute_example_score`):
 * read the `**Day X-Y:**` and `Fly from A to B` lines into (city, stay days) and compare them,
 * in order, with the gold cities and durations.
 */
export function parseAnswer(answer: string): [string, number][] {
  const days: string[] = [];
  const flights: [number, string, string][] = [];
  let totalDays: number | null = null;
  for (const piece of answer.split('\n')) {
    const total = /European cities for (\d+) days/.exec(piece);
    if (total) totalDays = Number(total[1]);
    const visit = /\d+-\d+/.exec(piece);
    if (visit) {
      days.push(visit[0]);
      if (Number(visit[0].split('-')[1]) === totalDays) break;
    }
    const flight = /.*Day (\d+).*from ([\p{L}\p{N}_]+) to ([\p{L}\p{N}_]+)/u.exec(piece);
    if (flight) flights.push([Number(flight[1]), flight[2] ?? '', flight[3] ?? '']);
  }
  const cities: string[] = [];
  const flightDays: number[] = [];
  for (const [day, from, to] of flights) {
    flightDays.push(day);
    if (cities.length === 0) cities.push(from, to);
    else cities.push(to);
  }
  if (days.length === 0 || flights.length === 0 || cities.length === 0) return [];
  const lastDay = Number(days.at(-1)?.split('-')[1]);
  const bounds = [1, ...flightDays, lastDay];
  return cities.map((city, i) => [city, (bounds[i + 1] ?? 0) - (bounds[i] ?? 0) + 1]);
}

/** 1 when every gold (city, days) pair matches the answer in order, else 0. */
export function exactMatch(answer: string, goldCities: string, goldDurations: string): number {
  const stays = goldCities.split('**').filter(Boolean);
  const durations = goldDurations.split('**').filter(Boolean).map(Number);
  const plan = parseAnswer(answer);
  const n = Math.min(stays.length, plan.length);
  let matched = 0;
  for (let i = 0; i < n; i++) {
    if (stays[i] === plan[i]?.[0] && durations[i] === plan[i]?.[1]) matched++;
    else break;
  }
  return matched / stays.length < 1 ? 0 : 1;
}
