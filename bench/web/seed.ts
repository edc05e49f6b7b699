/**
 * Seeds the web benchmarks' trip through the public API: an owner, a long trip filled day by day,
 * and a second member (an editor who joined by invite link) who keeps editing during measurement.
 */

export interface SeedOptions {
  days: number;
  itemsPerDay: number;
}

export interface SeededTrip {
  tripId: string;
  startDate: string;
  /** `caravan_session=...` of the owner, who is the one measured in the browser. */
  ownerCookie: string;
  /** Session of the second member, an editor. */
  editorCookie: string;
  /** Item ids of the seeded trip, by day index. */
  itemIds: string[][];
}

export const START_DATE = '2027-06-01';
export const SESSION_COOKIE = 'caravan_session';

export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

async function call<T>(
  url: string,
  method: string,
  body: unknown,
  cookie?: string,
): Promise<{ body: T; res: Response }> {
  const res = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return { body: (await res.json()) as T, res };
}

async function signUp(baseUrl: string, name: string): Promise<string> {
  const { res } = await call(`${baseUrl}/api/v1/auth/signup`, 'POST', {
    email: `${name.toLowerCase()}-${Date.now()}@example.com`,
    password: 'correct horse battery staple',
    name,
  });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';', 1)[0] ?? '')
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error(`signup of ${name} set no ${SESSION_COOKIE} cookie`);
  return cookie;
}

export async function runCommands(
  baseUrl: string,
  tripId: string,
  cookie: string,
  commands: unknown,
): Promise<void> {
  await call(`${baseUrl}/api/v1/trips/${tripId}/commands`, 'POST', commands, cookie);
}

export async function seedTrip(baseUrl: string, options: SeedOptions): Promise<SeededTrip> {
  const ownerCookie = await signUp(baseUrl, 'Owner');
  const trip = await call<{ id: string }>(
    `${baseUrl}/api/v1/trips`,
    'POST',
    {
      title: `${options.days} days in Italy`,
      startDate: START_DATE,
      endDate: addDays(START_DATE, options.days - 1),
      timezone: 'Europe/Rome',
      currency: 'EUR',
    },
    ownerCookie,
  );
  const tripId = trip.body.id;
  const itemIds: string[][] = [];
  for (let d = 0; d < options.days; d++) {
    const ids = Array.from({ length: options.itemsPerDay }, (_, i) => `d${d + 1}-i${i + 1}`);
    itemIds.push(ids);
    await runCommands(
      baseUrl,
      tripId,
      ownerCookie,
      ids.map((id, i) => ({
        type: 'addItem',
        to: addDays(START_DATE, d),
        item: {
          id,
          kind: 'place',
          title: `Stop ${d + 1}.${i + 1}`,
          startTime: `${String(8 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
          place: { name: `Stop ${i + 1}`, lat: 41.9 + i * 0.002, lon: 12.48 + i * 0.002 },
          cost: { amount: 1000 + i * 100, currency: 'EUR' },
        },
      })),
    );
  }

  const invite = await call<{ token: string }>(
    `${baseUrl}/api/v1/trips/${tripId}/invites`,
    'POST',
    { role: 'editor' },
    ownerCookie,
  );
  const editorCookie = await signUp(baseUrl, 'Editor');
  await call(
    `${baseUrl}/api/v1/invites/${invite.body.token}/accept`,
    'POST',
    undefined,
    editorCookie,
  );
  return { tripId, startDate: START_DATE, ownerCookie, editorCookie, itemIds };
}

export interface EditingSecondMember {
  /** Stops editing and resolves with the number of commands applied. */
  stop(): Promise<number>;
}

/**
 * The second member edits the first days while the owner works in the browser, one command every
 * `everyMs`: renames a stop of day 1, then moves a stop of day 3 to the top of day 2 and back, so
 * the trip keeps its size. The commands go through the server's live document, so the owner's
 * page receives them over sync like any collaborator's edit.
 */
export function startSecondMember(
  baseUrl: string,
  trip: SeededTrip,
  everyMs = 500,
): EditingSecondMember {
  let running = true;
  let applied = 0;
  const day1 = trip.itemIds[0] ?? [];
  // A trip shorter than three days only gets renames.
  const moved = trip.itemIds.length >= 3 ? trip.itemIds[2]?.[0] : undefined;
  const loop = (async () => {
    while (running) {
      const n = applied + 1;
      const renamed = day1[n % Math.max(1, day1.length)];
      const step = n % 3;
      const command =
        step === 0 || !moved
          ? { type: 'updateItem', itemId: renamed, patch: { title: `Stop 1.${n} (renamed)` } }
          : {
              type: 'moveItem',
              itemId: moved,
              to: addDays(trip.startDate, step === 1 ? 1 : 2),
              index: 0,
            };
      await runCommands(baseUrl, trip.tripId, trip.editorCookie, command);
      applied = n;
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return applied;
    },
  };
}
