'use client';
import { useEffect, useState } from 'react';
import { colourFor } from '../../lib/format';
import type { TripConnection } from '../../lib/trip/connection';

export interface PresentUser {
  clientId: number;
  id: string;
  name: string;
  day: string | null;
}

/** Shares who I am and which day I look at; returns everyone else here now. */
export function usePresence(
  connection: TripConnection | null,
  me: { id: string; name: string } | null,
  day: string | null,
): PresentUser[] {
  const [others, setOthers] = useState<PresentUser[]>([]);
  useEffect(() => {
    if (!connection || !me) return;
    connection.provider.setAwarenessField('user', {
      id: me.id,
      name: me.name,
      color: colourFor(me.id),
      day,
    });
  }, [connection, me, day]);
  useEffect(() => {
    const awareness = connection?.provider.awareness;
    if (!awareness) return;
    const update = () => {
      const list: PresentUser[] = [];
      awareness.getStates().forEach((state, clientId) => {
        if (clientId === awareness.clientID) return;
        const user = (state as { user?: { id?: string; name?: string; day?: string | null } }).user;
        if (user?.id && user.name)
          list.push({ clientId, id: user.id, name: user.name, day: user.day ?? null });
      });
      setOthers(list);
    };
    awareness.on('change', update);
    update();
    return () => awareness.off('change', update);
  }, [connection]);
  return others;
}
