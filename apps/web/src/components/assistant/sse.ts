/** One server-sent event: its name (`message` when unnamed) and its data lines joined. */
export interface SseMessage {
  event: string;
  data: string;
}

/**
 * An incremental text/event-stream parser for a streamed fetch body (EventSource cannot POST):
 * feed it decoded chunks as they arrive; it returns the events completed so far.
 */
export function createSseParser(): { push(chunk: string): SseMessage[]; end(): SseMessage[] } {
  let buffer = '';
  const parseBlock = (block: string): SseMessage | null => {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line === '' || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
    }
    return data.length > 0 ? { event, data: data.join('\n') } : null;
  };
  const take = (final: boolean): SseMessage[] => {
    const blocks = buffer.split('\n\n');
    buffer = final ? '' : (blocks.pop() ?? '');
    return blocks.map(parseBlock).filter((m): m is SseMessage => m !== null);
  };
  return {
    push(chunk) {
      buffer += chunk.replace(/\r\n?/g, '\n');
      return take(false);
    },
    end() {
      return take(true);
    },
  };
}
