/**
 * Today's hours of a place from its OpenStreetMap `opening_hours`, in the place's own time zone.
 * Reads the common "Mo-Fr 09:00-18:00; Sa 10:00-14:00; Su off" and "24/7" forms, where a later
 * rule overrides an earlier one for its days; anything else is shown as written, with no open
 * state, rather than guessed.
 */

const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;

export interface TodayHours {
  /** "09:00–18:00", "Closed today", "Open 24 hours", or the raw value. */
  label: string;
  /** Open at `now`; null when the value could not be read. */
  open: boolean | null;
}

function daySet(spec: string): Set<number> | null {
  const days = new Set<number>();
  for (const part of spec.split(',')) {
    const [from, to] = part.split('-').map((d) => DAYS.indexOf(d as (typeof DAYS)[number]));
    if (from === undefined || from < 0 || (to !== undefined && to < 0)) return null;
    const end = to ?? from;
    for (let d = from; ; d = (d + 1) % 7) {
      days.add(d);
      if (d === end) break;
    }
  }
  return days;
}

type Span = [number, number];

function spans(spec: string): Span[] | null {
  if (/^(off|closed)$/i.test(spec)) return [];
  const out: Span[] = [];
  for (const part of spec.split(',')) {
    const m = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(part.trim());
    if (!m) return null;
    out.push([Number(m[1]) * 60 + Number(m[2]), Number(m[3]) * 60 + Number(m[4])]);
  }
  return out;
}

/** Weekday (0 = Monday) and minutes since midnight at `now` in `timeZone`. */
function localNow(now: Date, timeZone: string): { day: number; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday'));
  return { day, minutes: Number(get('hour')) * 60 + Number(get('minute')) };
}

const pad = (n: number) =>
  `${String(Math.floor(n / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}`;

export function todayHours(openingHours: string, timeZone: string, now = new Date()): TodayHours {
  const value = openingHours.trim();
  if (value === '24/7') return { label: 'Open 24 hours', open: true };
  let local: { day: number; minutes: number };
  try {
    local = localNow(now, timeZone);
  } catch {
    return { label: value, open: null };
  }
  let today: Span[] | null = null;
  for (const rule of value
    .split(';')
    .map((r) => r.trim())
    .filter(Boolean)) {
    const m = /^([A-Za-z,-]+)\s+(.+)$/.exec(rule);
    const days = m?.[1] ? daySet(m[1]) : null;
    const times = m?.[2] ? spans(m[2]) : null;
    if (!days || !times) return { label: value, open: null };
    if (days.has(local.day)) today = times;
  }
  if (!today || today.length === 0) return { label: 'Closed today', open: false };
  const open = today.some(([from, to]) =>
    to > from
      ? local.minutes >= from && local.minutes < to
      : local.minutes >= from || local.minutes < to,
  );
  return { label: today.map(([a, b]) => `${pad(a)}–${pad(b)}`).join(', '), open };
}
