import { logger } from '../logger';
import { collabHub } from './collab-hub';

/**
 * A write made outside co-editing (a fallback save, a restore, a workflow step) meets the article's live
 * shared document: a step first has the live document stored, so it checks the text everyone sees; after
 * any such write the change goes into the shared document and every connection's access is read again.
 */
export async function aroundLiveDocument<T>(articleId: string, { flushFirst }: { flushFirst: boolean }, write: () => Promise<T>): Promise<T> {
  const hub = collabHub();
  if (hub && flushFirst) await hub.flush(articleId);
  const result = await write();
  if (hub) {
    try {
      await hub.articleChanged(articleId);
      await hub.announceChange(articleId);
    } catch (error) {
      // The write is committed: the shared document catches up when it is next loaded (its version differs).
      logger.error({ err: error, articleId }, 'live document not brought up to a write');
    }
  }
  return result;
}
