'use client';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../lib/api';
import type { MemberSummary } from '../../lib/types';

/** Trip members from the API, cached per trip so names still show offline. */
export function useMembers(tripId: string): { members: MemberSummary[]; reload: () => void } {
  const key = `caravan.members.${tripId}`;
  const [members, setMembers] = useState<MemberSummary[]>([]);
  const load = useCallback(() => {
    api<MemberSummary[] | { members: MemberSummary[] }>('GET', `/trips/${tripId}/members`)
      .then((data) => {
        const list = Array.isArray(data) ? data : data.members;
        setMembers(list);
        localStorage.setItem(key, JSON.stringify(list));
      })
      .catch(() => {
        const cached = localStorage.getItem(key);
        if (cached) setMembers(JSON.parse(cached) as MemberSummary[]);
      });
  }, [tripId, key]);
  useEffect(load, [load]);
  return { members, reload: load };
}
