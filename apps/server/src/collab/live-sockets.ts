import type { Connection, Hocuspocus } from '@hocuspocus/server';
import type { WebSocket } from 'ws';
import type { BusEvent } from '../bus/index.js';
import { CloseReason } from './close-codes.js';
import type { TripRole } from './ports.js';

/** One WebSocket and who is behind it, once authenticated. */
export interface LiveSocket {
  ws: WebSocket;
  /** Session resolved from the upgrade request's cookie (started at upgrade time). */
  cookieSession: Promise<{ sessionId: string; userId: string } | null>;
  sessionId?: string;
  userId?: string;
  /** Trips this socket is attached to, with the role checked at connect time. */
  trips: Map<string, TripRole>;
}

type Close = (typeof CloseReason)[keyof typeof CloseReason];

export function closeSocket(ws: WebSocket, close: Close): void {
  if (ws.readyState === ws.CLOSING || ws.readyState === ws.CLOSED) return;
  ws.close(close.code, close.reason);
}

/**
 * Every live sync socket of this instance, so that access changes announced on the bus (by any
 * instance) cut the affected connections at once.
 */
export class LiveSockets {
  private readonly sockets = new Set<LiveSocket>();

  constructor(private readonly hocuspocus: Hocuspocus) {}

  add(socket: LiveSocket): void {
    this.sockets.add(socket);
    socket.ws.once('close', () => this.sockets.delete(socket));
  }

  get size(): number {
    return this.sockets.size;
  }

  handle(event: BusEvent): void {
    switch (event.type) {
      case 'session.revoked':
        for (const socket of this.sockets) {
          if (socket.sessionId === event.sessionId)
            closeSocket(socket.ws, CloseReason.unauthorized);
        }
        return;
      case 'trip.deleted':
        this.closeTrip(event.tripId);
        return;
      case 'membership.changed':
        this.changeRole(event.tripId, event.userId, event.role);
        return;
    }
  }

  closeTrip(tripId: string): void {
    for (const socket of this.sockets) {
      if (socket.trips.has(tripId)) closeSocket(socket.ws, CloseReason.notFound);
    }
  }

  private changeRole(tripId: string, userId: string, role: TripRole | null): void {
    for (const socket of this.sockets) {
      const current = socket.trips.get(tripId);
      if (socket.userId !== userId || current === undefined || current === role) continue;
      if (role === null) {
        closeSocket(socket.ws, CloseReason.forbidden);
        continue;
      }
      // Refuse further edits immediately, then make the client reconnect to learn its new scope.
      const connection = this.findConnection(tripId, socket.ws);
      if (connection) connection.readOnly = role === 'viewer';
      closeSocket(socket.ws, CloseReason.roleChanged);
    }
  }

  private findConnection(tripId: string, ws: WebSocket): Connection | undefined {
    const document = this.hocuspocus.documents.get(tripId);
    return document?.getConnections().find((connection) => connection.webSocket === ws);
  }

  closeAll(close: Close): void {
    for (const socket of this.sockets) closeSocket(socket.ws, close);
  }
}
