'use client';
import { useEffect } from 'react';
import { colourFor } from '../../lib/format';
import type { TripClient } from '../../lib/trip/trip-client';

export type { PresentUser } from '../../lib/trip/protocol';

/** Shares who I am and which day I look at with everyone else in the trip. */
export function useSharePresence(
  client: TripClient | null,
  me: { id: string; name: string } | null,
  day: string | null,
): void {
  useEffect(() => {
    if (!client || !me) return;
    client.setPresence({ id: me.id, name: me.name, color: colourFor(me.id), day });
  }, [client, me, day]);
}
