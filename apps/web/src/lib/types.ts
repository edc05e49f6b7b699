/** Shapes of the HTTP API answers the web app reads. */

export interface Me {
  id: string;
  email: string;
  name: string;
}

export type Role = 'owner' | 'editor' | 'viewer';

export interface MemberSummary {
  userId: string;
  name: string;
  role: Role;
}

export interface TripSummary {
  id: string;
  title: string;
  startDate: string;
  endDate: string;
  timezone?: string;
  currency?: string;
  destinations?: (string | { name: string })[];
  /** What the group means to spend, in minor units. */
  budget?: { amount: number; currency: string };
  role?: Role;
  members?: MemberSummary[];
}

export interface Invite {
  id: string;
  role: Role;
  token?: string;
  url?: string;
  expiresAt?: string;
}
