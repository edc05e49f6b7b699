import { AcceptInvite } from '../../../components/accept-invite';

export const metadata = { title: 'Join a trip' };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <AcceptInvite token={token} />;
}
