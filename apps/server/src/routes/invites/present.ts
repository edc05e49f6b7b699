import type { InviteRow } from '../../db/tables/accounts.js';

export type InviteStatus = 'active' | 'expired' | 'revoked' | 'used';

export function inviteStatus(invite: InviteRow, now = new Date()): InviteStatus {
  if (invite.accepted_at) return 'used';
  if (invite.revoked_at) return 'revoked';
  if (invite.expires_at <= now) return 'expired';
  return 'active';
}

export function presentInvite(invite: InviteRow) {
  return {
    id: invite.id,
    role: invite.role,
    status: inviteStatus(invite),
    createdAt: invite.created_at.toISOString(),
    expiresAt: invite.expires_at.toISOString(),
  };
}
