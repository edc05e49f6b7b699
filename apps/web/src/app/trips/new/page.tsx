import { NewTrip } from '../../../components/trip-form/new-trip';

export const metadata = { title: 'New trip' };

export default function NewTripPage() {
  return <NewTrip />;
}
