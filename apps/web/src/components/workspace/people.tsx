'use client';
import { useState } from 'react';
import { api, ApiError } from '../../lib/api';
import type { Invite, MemberSummary, Role } from '../../lib/types';
import { Avatar } from '../avatar';
import { PublicLink } from './public-link';

interface Props {
  tripId: string;
  members: MemberSummary[];
  meId: string | null;
  reload: () => void;
}

/** Members and sharing: invite links with a role, role changes, removal, the public link. */
export function People({ tripId, members, meId, reload }: Props) {
  const [inviteRole, setInviteRole] = useState<Role>('editor');
  const [link, setLink] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const isOwner = members.some((m) => m.userId === meId && m.role === 'owner');

  async function act(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
      reload();
    } catch (err) {
      setError(
        err instanceof ApiError ? (err.problem.detail ?? err.problem.title) : 'That did not work',
      );
    }
  }

  async function createInvite() {
    await act(async () => {
      const invite = await api<Invite | { invite: Invite }>('POST', `/trips/${tripId}/invites`, {
        role: inviteRole,
      });
      const i = 'invite' in invite ? invite.invite : invite;
      setLink(i.token ? `${window.location.origin}/invite/${i.token}` : (i.url ?? null));
    });
  }

  return (
    <section className="people" aria-labelledby="people-title">
      <h2 id="people-title">People</h2>
      <ul className="members">
        {members.map((m) => (
          <li key={m.userId} data-member={m.name}>
            <Avatar id={m.userId} name={m.name} />
            <span className="member-name">
              {m.name}
              {m.userId === meId ? ' (you)' : ''}
            </span>
            {isOwner && m.userId !== meId ? (
              <>
                <label className="visually-hidden" htmlFor={`role-${m.userId}`}>
                  Role of {m.name}
                </label>
                <select
                  id={`role-${m.userId}`}
                  value={m.role}
                  onChange={(e) =>
                    void act(() =>
                      api('PATCH', `/trips/${tripId}/members/${m.userId}`, {
                        role: e.target.value,
                      }),
                    )
                  }
                >
                  <option value="editor">Editor</option>
                  <option value="viewer">Viewer</option>
                </select>
                <button
                  type="button"
                  className="ghost"
                  onClick={() =>
                    void act(() => api('DELETE', `/trips/${tripId}/members/${m.userId}`))
                  }
                >
                  Remove
                </button>
              </>
            ) : (
              <span className="muted">{m.role}</span>
            )}
          </li>
        ))}
      </ul>
      {isOwner ? (
        <div className="card invite">
          <h3>Invite people</h3>
          <div className="inline-form">
            <label htmlFor="invite-role">Role</label>
            <select
              id="invite-role"
              value={inviteRole}
              onChange={(e) => setInviteRole(e.target.value as Role)}
            >
              <option value="editor">Can edit</option>
              <option value="viewer">Can view</option>
            </select>
            <button type="button" className="primary" onClick={() => void createInvite()}>
              Create invite link
            </button>
          </div>
          {link ? (
            <div className="field">
              <label htmlFor="invite-link">Invite link (share it with your companions)</label>
              <input
                id="invite-link"
                readOnly
                value={link}
                onFocus={(e) => e.currentTarget.select()}
              />
            </div>
          ) : null}
          <PublicLink tripId={tripId} />
        </div>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
