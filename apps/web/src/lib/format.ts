/** Intl formatting in the user's locale, with the trip's currency and time zone. */

function locale(): string | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.language;
}

/**
 * Building an Intl formatter costs far more than using one, and a 30-day itinerary formats
 * hundreds of times and prices on every render (every step of a drag): keep one per settings.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(
  loc: string | undefined,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  const key = `n|${loc ?? ''}|${JSON.stringify(options)}`;
  let fmt = formatters.get(key);
  if (!fmt) formatters.set(key, (fmt = new Intl.NumberFormat(loc, options)));
  return fmt as Intl.NumberFormat;
}

function dateFormat(
  loc: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `d|${loc ?? ''}|${JSON.stringify(options)}`;
  let fmt = formatters.get(key);
  if (!fmt) formatters.set(key, (fmt = new Intl.DateTimeFormat(loc, options)));
  return fmt as Intl.DateTimeFormat;
}

/** Money in integer minor units, e.g. 1234 EUR -> "€12.34". */
export function formatMoney(amountMinor: number, currency: string): string {
  const digits = minorDigits(currency);
  return numberFormat(locale(), { style: 'currency', currency }).format(amountMinor / 10 ** digits);
}

export function minorDigits(currency: string): number {
  try {
    return (
      numberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

/** "12.50" in a currency -> 1250 minor units; undefined when not a number. */
export function parseMoney(text: string, currency: string): number | undefined {
  const normalised = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(normalised)) return undefined;
  return Math.round(Number(normalised) * 10 ** minorDigits(currency));
}

/** A local trip date `YYYY-MM-DD` shown as e.g. "Mon 4 May". Dates carry no zone: format in UTC. */
export function formatDay(date: string, style: 'short' | 'long' = 'short'): string {
  return dateFormat(locale(), {
    weekday: style === 'long' ? 'long' : 'short',
    day: 'numeric',
    month: style === 'long' ? 'long' : 'short',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

export function formatDateRange(start: string, end: string): string {
  const fmt = dateFormat(locale(), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return fmt.formatRange(new Date(`${start}T00:00:00Z`), new Date(`${end}T00:00:00Z`));
}

/** A local wall-clock time `HH:mm` in the user's preferred 12/24 h style. */
export function formatTime(time: string): string {
  const [h, m] = time.split(':').map(Number);
  return dateFormat(locale(), {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2000, 0, 1, h ?? 0, m ?? 0)));
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
