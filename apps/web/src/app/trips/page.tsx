import { TripDashboard } from '../../components/dashboard/trip-dashboard';

export const metadata = { title: 'Your trips' };

export default function TripsPage() {
  return <TripDashboard />;
}
