import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { formatDay } from '../../../lib/format';
import { describePublicTrip, loadPublicTrip } from '../../../lib/public-trip';

interface Props {
  params: Promise<{ token: string }>;
}

// Always fresh: a revoked link must stop showing the trip at once.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const trip = await loadPublicTrip((await params).token);
  if (!trip) return { title: 'Link not available', robots: { index: false } };
  const description = describePublicTrip(trip);
  return {
    title: trip.details.title,
    description,
    robots: { index: false },
    openGraph: { title: trip.details.title, description, type: 'website', siteName: 'Caravan' },
  };
}

/** The read-only itinerary behind a public link, rendered on the server for anyone. */
export default async function PublicTripPage({ params }: Props) {
  const trip = await loadPublicTrip((await params).token);
  if (!trip) notFound();
  return (
    <main id="main" className="public-trip">
      <header>
        <h1>{trip.details.title}</h1>
        <p className="muted">{describePublicTrip(trip)}</p>
      </header>
      {trip.days.map((day, index) => (
        <section key={day.date} className="day card" aria-labelledby={`day-${day.date}`}>
          <h2 id={`day-${day.date}`}>
            Day {index + 1} · {formatDay(day.date, 'long')}
          </h2>
          {day.items.length === 0 ? (
            <p className="muted">Nothing planned yet.</p>
          ) : (
            <ol className="public-items">
              {day.items.map((item) => (
                <li key={item.id}>
                  {item.startTime ? <time className="muted">{item.startTime} </time> : null}
                  <span className="item-title">{item.title}</span>
                  {item.place && item.place.name !== item.title ? (
                    <span className="muted"> · {item.place.name}</span>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
      <p className="muted">
        Shared read-only from <a href="/">Caravan</a>.
      </p>
    </main>
  );
}
