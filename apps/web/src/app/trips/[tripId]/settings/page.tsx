import { TripSettings } from '../../../../components/trip-form/trip-settings';

export const metadata = { title: 'Trip settings' };

export default async function SettingsPage({ params }: { params: Promise<{ tripId: string }> }) {
  const { tripId } = await params;
  return <TripSettings tripId={tripId} />;
}
