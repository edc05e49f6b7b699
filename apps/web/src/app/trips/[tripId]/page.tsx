import type { Metadata } from 'next';
import { Suspense } from 'react';
import { TripWorkspace } from '../../../components/workspace/trip-workspace';
import { loadTripTitle } from '../../../lib/trip-heading';

interface Props {
  params: Promise<{ tripId: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadTripTitle((await params).tripId)) ?? 'Trip' };
}

const LOADING = 'Loading trip…';

/** The trip's title as the server reads it for the signed-in member, else "Loading trip…". */
async function TripTitle({ tripId }: { tripId: string }) {
  return (await loadTripTitle(tripId)) ?? LOADING;
}

/**
 * The trip's workspace. Its title is rendered here, so the page's first paint names the trip;
 * everything else comes from the live trip on the page. The title streams in its own boundary:
 * waiting for it in the page would hold the page's scripts out of the HTML's first part.
 */
export default async function TripPage({ params }: Props) {
  const { tripId } = await params;
  return (
    <TripWorkspace
      tripId={tripId}
      heading={
        <Suspense fallback={LOADING}>
          <TripTitle tripId={tripId} />
        </Suspense>
      }
    />
  );
}
