/** Intl formatting in the user's locale, with the trip's currency and time zone. */

/** The user's locale, read once: every row of a long itinerary formats with it. */
let userLocale: string | undefined | null = null;
function locale(): string | undefined {
  if (userLocale === null) {
    userLocale = typeof navigator === 'undefined' ? undefined : navigator.language;
  }
  return userLocale;
}

/**
 * Building an Intl formatter costs far more than using one, and a 30-day itinerary formats
 * hundreds of times and prices on every render (every step of a drag): keep one per settings,
 * under a key that is cheap to build.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let fmt = formatters.get(key);
  if (!fmt) formatters.set(key, (fmt = make()));
  return fmt as T;
}

const digitsByCurrency = new Map<string, number>();

/** Money in integer minor units, e.g. 1234 EUR -> "€12.34". */
export function formatMoney(amountMinor: number, currency: string): string {
  const fmt = cached(
    `money|${currency}`,
    () => new Intl.NumberFormat(locale(), { style: 'currency', currency }),
  );
  return fmt.format(amountMinor / 10 ** minorDigits(currency));
}

export function minorDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    try {
      digits =
        new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
          .maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

/** Minor units as a money field shows them for editing: 1250 EUR -> "12.5"; `parseMoney` reads it back. */
export function moneyInputText(amountMinor: number, currency: string): string {
  return (amountMinor / 10 ** minorDigits(currency)).toString();
}

/** "12.50" in a currency -> 1250 minor units; undefined when not a number. */
export function parseMoney(text: string, currency: string): number | undefined {
  const normalised = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(normalised)) return undefined;
  return Math.round(Number(normalised) * 10 ** minorDigits(currency));
}

/** A local trip date `YYYY-MM-DD` shown as e.g. "Mon 4 May". Dates carry no zone: format in UTC. */
export function formatDay(date: string, style: 'short' | 'long' = 'short'): string {
  const fmt = cached(
    `day|${style}`,
    () =>
      new Intl.DateTimeFormat(locale(), {
        weekday: style,
        day: 'numeric',
        month: style,
        timeZone: 'UTC',
      }),
  );
  return fmt.format(new Date(`${date}T00:00:00Z`));
}

export function formatDateRange(start: string, end: string): string {
  const fmt = cached(
    'range',
    () =>
      new Intl.DateTimeFormat(locale(), {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }),
  );
  return fmt.formatRange(new Date(`${start}T00:00:00Z`), new Date(`${end}T00:00:00Z`));
}

/** A local wall-clock time `HH:mm` in the user's preferred 12/24 h style. */
export function formatTime(time: string): string {
  const [h, m] = time.split(':').map(Number);
  const fmt = cached(
    'time',
    () =>
      new Intl.DateTimeFormat(locale(), { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }),
  );
  return fmt.format(new Date(Date.UTC(2000, 0, 1, h ?? 0, m ?? 0)));
}

/** An instant shown relative to now ("5 minutes ago"). */
export function formatRelative(iso: string, now: number = Date.now()): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  const rtf = new Intl.RelativeTimeFormat(locale(), { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 60) return rtf.format(seconds, 'second');
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return rtf.format(Math.round(seconds / 3600), 'hour');
  return rtf.format(Math.round(seconds / 86_400), 'day');
}

/** Today's date in a time zone, as `YYYY-MM-DD`. */
export function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return (
    (parts[0]?.[0] ?? '?') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')
  ).toUpperCase();
}

/** A stable colour per user, so the same person looks the same on every screen. */
export function colourFor(id: string): string {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return `hsl(${Math.abs(hash) % 360} 65% 36%)`;
}
