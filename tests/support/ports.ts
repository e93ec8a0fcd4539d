import type { PortLike } from '@/utils/shortlist/portability/transfer-port';

type Listener = (message: unknown) => void;

/**
 * two ends of a runtime port in memory: each message goes through JSON, as a runtime port sends
 * it, and arrives in a later task; `disconnect` tells the other end only, like the browser
 */
export function portPair(name: string): [PortLike, PortLike] {
  const make = () => {
    const messages: Listener[] = [];
    const disconnects: Array<() => void> = [];
    let open = true;
    return {
      messages,
      disconnects,
      get open() {
        return open;
      },
      close() {
        open = false;
      },
    };
  };
  const a = make();
  const b = make();
  const end = (self: ReturnType<typeof make>, other: ReturnType<typeof make>): PortLike => ({
    name,
    postMessage(message) {
      if (!self.open) throw new Error('Attempting to use a disconnected port object');
      const copy = JSON.stringify(message);
      setTimeout(() => {
        if (other.open) for (const listener of other.messages) listener(JSON.parse(copy));
      }, 0);
    },
    disconnect() {
      if (!self.open) return;
      self.close();
      setTimeout(() => {
        if (!other.open) return;
        other.close();
        for (const listener of other.disconnects) listener();
      }, 0);
    },
    onMessage: { addListener: (listener) => void self.messages.push(listener) },
    onDisconnect: { addListener: (listener) => void self.disconnects.push(listener) },
  });
  return [end(a, b), end(b, a)];
}
