import type { Metadata } from 'next';
import { TripWorkspace } from '../../../components/workspace/trip-workspace';
import { loadTripTitle } from '../../../lib/trip-heading';

interface Props {
  params: Promise<{ tripId: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadTripTitle((await params).tripId)) ?? 'Trip' };
}

/**
 * The trip's workspace. Its title is rendered here, so the page's first paint names the trip;
 * everything else comes from the live trip on the page.
 */
export default async function TripPage({ params }: Props) {
  const { tripId } = await params;
  return <TripWorkspace tripId={tripId} initialTitle={await loadTripTitle(tripId)} />;
}
