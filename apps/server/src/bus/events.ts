import { z } from 'zod';

/** Everything one server instance tells the others. Validated when it arrives over Redis. */
export const busEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('membership.changed'),
    tripId: z.string(),
    userId: z.string(),
    /** The member's new role; null when they left or were removed. */
    role: z.enum(['owner', 'editor', 'viewer']).nullable(),
  }),
  z.object({ type: z.literal('session.revoked'), sessionId: z.string(), userId: z.string() }),
  z.object({ type: z.literal('trip.deleted'), tripId: z.string() }),
]);

export type BusEvent = z.infer<typeof busEventSchema>;
export type BusEventType = BusEvent['type'];
export type BusListener = (event: BusEvent) => void | Promise<void>;

export interface EventBus {
  /** Delivers the event to every subscriber of every instance (this one included). */
  publish(event: BusEvent): Promise<void>;
  /** Returns a function that unsubscribes. */
  subscribe(listener: BusListener): () => void;
  close(): Promise<void>;
}
