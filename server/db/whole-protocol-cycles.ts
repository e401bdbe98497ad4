import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * PGlite is ONE PostgreSQL session; the socket server lets several connections share it by queueing
 * their protocol messages. Its queue keeps a connection's messages together only inside a transaction, so
 * outside one, connection A's Parse can be followed by connection B's Parse before A's Bind: A then
 * executes B's statement and receives B's rows (seen in the desk: a comment query answered with revision
 * rows). This keeps each connection's extended-protocol cycle (Parse … Sync) whole: once a connection
 * starts one, only its messages are served until its Sync.
 *
 * It replaces the queue's processing loop of @electric-sql/pglite-socket 0.2.17 (pinned exactly in
 * package.json); server/db/embedded-concurrency.int.test.ts fails if the behaviour regresses.
 */
type QueuedMessage = {
  handlerId: number;
  message: Uint8Array;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
  onData: (data: Uint8Array) => void;
};
type QueryQueue = {
  db: PGlite;
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  processQueue: () => Promise<void>;
  clearQueueForHandler: (handlerId: number) => void;
};

const code = (letter: string) => letter.charCodeAt(0);
/** Parse, Bind, Describe, Execute, Close, Flush: a cycle is under way. */
const CYCLE_MESSAGES = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map(code));
/** Sync, simple Query, Terminate: the cycle is over. */
const CYCLE_ENDS = new Set(['S', 'Q', 'X'].map(code));

export function serveWholeProtocolCycles(server: PGLiteSocketServer): void {
  const queue = (server as unknown as { queryQueue: QueryQueue }).queryQueue;
  let owner: number | null = null;

  queue.processQueue = async function processQueue(this: QueryQueue) {
    if (this.processing) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const holder = owner ?? (this.db.isInTransaction() ? this.lastHandlerId : null);
        const index = holder === null ? 0 : this.queue.findIndex((item) => item.handlerId === holder);
        if (index === -1) break; // the holder's next message has not arrived yet; its enqueue resumes us
        const [item] = this.queue.splice(index, 1);
        if (!item) break;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          owner = null;
          item.reject(error);
          continue;
        }
        this.lastHandlerId = item.handlerId;
        const type = item.message[0] ?? 0;
        if (CYCLE_MESSAGES.has(type)) owner = item.handlerId;
        else if (CYCLE_ENDS.has(type)) owner = null;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };

  const clearQueueForHandler = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId: number) => {
    clearQueueForHandler(handlerId);
    // A connection that went away mid-cycle must not keep everyone else waiting.
    if (owner === handlerId) {
      owner = null;
      void queue.processQueue();
    }
  };
}
