'use client';
import { useEffect } from 'react';
import type { TripHandle } from '../../lib/trip/use-trip';

/** Undo / redo of the member's own changes only; Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z as well. */
export function UndoRedo({ trip }: { trip: TripHandle }) {
  const { undo, redo } = trip;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'z') return;
      e.preventDefault();
      if (e.shiftKey) redo();
      else undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);
  if (trip.readOnly) return null;
  return (
    <span className="undo-redo">
      <button
        type="button"
        className="ghost"
        onClick={undo}
        disabled={!trip.canUndo}
        aria-label="Undo my last change"
      >
        ↶ Undo
      </button>
      <button
        type="button"
        className="ghost"
        onClick={redo}
        disabled={!trip.canRedo}
        aria-label="Redo"
      >
        ↷ Redo
      </button>
    </span>
  );
}
