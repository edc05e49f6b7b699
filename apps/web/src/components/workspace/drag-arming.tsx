'use client';
import { useDndContext } from '@dnd-kit/core';
import type { RefObject } from 'react';
import {
  createContext,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';

/**
 * Drag and drop is set up on the first sign that the member is about to use it: a mouse over a
 * row's handle, the handle taking focus, or a press on it. Until then the rows carry no dnd-kit
 * hooks. Each sortable row re-renders whenever any row registers with dnd-kit, which made opening
 * a long trip re-render every visible row once per day that came into view.
 *
 * A press that arrives before the rows are sortable is played again on the same row's new handle
 * once dnd-kit knows it, so the first drag starts from that press, with the pointer or the keys.
 */
export type Arm = (itemId: string, event?: PointerEvent | KeyboardEvent) => void;

interface Arming {
  arm: Arm;
  /** Id of the hidden text that tells screen reader users how to move a row. */
  instructionsId: string;
}

const ArmingContext = createContext<Arming>({ arm: () => undefined, instructionsId: '' });
export const ArmingProvider = ArmingContext.Provider;

export function useArming(): Arming {
  return useContext(ArmingContext);
}

/** What the member did to a handle before the rows became sortable. */
interface Intent {
  itemId: string;
  event: PointerEvent | KeyboardEvent | null;
  /** The handle had focus: the new handle takes it. */
  focused: boolean;
  /** The pointer went up again before the rows were ready: nothing to drag. */
  released: boolean;
}

export interface DragArming {
  armed: boolean;
  arming: Arming;
  intent: RefObject<Intent | null>;
}

export function useDragArming(instructionsId: string): DragArming {
  const [armed, setArmed] = useState(false);
  const intent = useRef<Intent | null>(null);
  const arming = useMemo<Arming>(
    () => ({
      instructionsId,
      arm: (itemId, event) => {
        // The latest press wins over an earlier hover or focus on another row.
        let pending = intent.current;
        if (!pending || (pending.itemId !== itemId && event)) {
          pending = intent.current = { itemId, event: null, focused: false, released: false };
        }
        if (pending.itemId === itemId) {
          pending.event ??= event ?? null;
          pending.focused ||= handleHasFocus(itemId);
        }
        if (event?.type === 'pointerdown') {
          window.addEventListener(
            'pointerup',
            () => {
              if (intent.current?.event === event) intent.current.released = true;
            },
            { once: true, capture: true },
          );
        }
        setArmed(true);
      },
    }),
    [instructionsId],
  );
  return { armed, arming, intent };
}

/**
 * Inside the DndContext: the new handle of the row the member reached for takes the focus the old
 * one had as soon as it mounts, and once the row is registered as sortable, the press is played
 * again on it.
 */
export function ReplayIntent({
  armed,
  intent,
  root,
}: {
  armed: boolean;
  intent: RefObject<Intent | null>;
  root: RefObject<HTMLElement | null>;
}) {
  const { droppableContainers } = useDndContext();
  useLayoutEffect(() => {
    const pending = intent.current;
    if (armed && pending?.focused) handleOf(root.current, pending.itemId)?.focus();
  }, [armed, intent, root]);
  useEffect(() => {
    const pending = intent.current;
    if (!armed || !pending || !droppableContainers.get(pending.itemId)) return;
    intent.current = null;
    const handle = handleOf(root.current, pending.itemId);
    // A key press comes from a focused handle, so the layout effect above has moved focus already.
    if (!handle || !pending.event || pending.released) return;
    handle.dispatchEvent(replayOf(pending.event));
  });
  return null;
}

function handleOf(root: HTMLElement | null, itemId: string): HTMLElement | null {
  return (
    root?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(itemId)}"] .drag-handle`) ?? null
  );
}

function handleHasFocus(itemId: string): boolean {
  const active = document.activeElement;
  return (
    !!active?.classList.contains('drag-handle') &&
    active.closest('[data-item-id]')?.getAttribute('data-item-id') === itemId
  );
}

function replayOf(event: PointerEvent | KeyboardEvent): Event {
  const init = { bubbles: true, cancelable: true, composed: true };
  if (event instanceof KeyboardEvent) {
    return new KeyboardEvent(event.type, { ...init, key: event.key, code: event.code });
  }
  return new PointerEvent(event.type, {
    ...init,
    pointerId: event.pointerId,
    pointerType: event.pointerType,
    isPrimary: event.isPrimary,
    button: event.button,
    buttons: event.buttons,
    clientX: event.clientX,
    clientY: event.clientY,
    screenX: event.screenX,
    screenY: event.screenY,
  });
}
