import { TripWorkspace } from '../../../components/workspace/trip-workspace';

export const metadata = { title: 'Trip' };

export default async function TripPage({ params }: { params: Promise<{ tripId: string }> }) {
  const { tripId } = await params;
  return <TripWorkspace tripId={tripId} />;
}
