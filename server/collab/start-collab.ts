import { Redis } from '@hocuspocus/extension-redis';
import { createClient } from 'redis';
import type { Db } from '../db/client';
import { logger } from '../logger';
import { enqueueRevalidation } from '../revalidation/enqueue-revalidation';
import { installCollabHub } from './collab-hub';
import { createCollabServer } from './collab-server';
import { actorOfUpgrade } from './upgrade-actor';

/**
 * Starts this app server's co-editing server and makes it reachable (collab-hub.ts). With REDIS_URL, the
 * instances share documents through Hocuspocus's Redis extension, and tell one another when an article's
 * state changed (so every instance's connections get their access read again).
 */
export async function startCollab(db: Db): Promise<void> {
  const prefix = `${process.env.MASTHEAD_CACHE_PREFIX ?? 'masthead:'}collab`;
  const channels = process.env.REDIS_URL ? await connectChannels(process.env.REDIS_URL) : null;
  const redisUrl = channels ? process.env.REDIS_URL : undefined;
  const server = createCollabServer({
    db,
    // Stores happen outside any request: their pages are expired through the revalidation outbox.
    revalidate: (tags) => enqueueRevalidation(db, { tags }),
    authenticate: (request) => actorOfUpgrade(db, request),
    extensions: redisUrl ? [new Redis({ ...redisOptions(redisUrl), prefix })] : [],
  });

  let announce = (articleId: string) => server.refreshAccess(articleId);
  if (channels) {
    const channel = `${prefix}:changed`;
    await channels.subscriber.subscribe(channel, (articleId) => void server.refreshAccess(articleId));
    announce = async (articleId) => void (await channels.publisher.publish(channel, articleId));
  }

  installCollabHub({
    handleUpgrade: server.handleUpgrade,
    flush: server.flush,
    articleChanged: server.articleChanged,
    announceChange: announce,
  });
}

/**
 * A publisher and a subscriber on Redis, or null when it does not answer: then this instance co-edits on
 * its own (as the page cache serves uncached), rather than not starting.
 */
async function connectChannels(url: string) {
  const publisher = createClient({ url });
  const subscriber = publisher.duplicate();
  for (const client of [publisher, subscriber]) client.on('error', (error: unknown) => logger.error({ err: error }, 'co-editing Redis'));
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer within 3 s')), 3_000).unref());
  try {
    await Promise.race([Promise.all([publisher.connect(), subscriber.connect()]), timeout]);
    return { publisher, subscriber };
  } catch (error) {
    logger.error({ err: error }, 'Redis does not answer: co-editing runs on this instance alone');
    for (const client of [publisher, subscriber]) if (client.isOpen) client.destroy();
    return null;
  }
}

/** The Redis extension's options (it takes ioredis options, not a URL). */
function redisOptions(url: string) {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    options: {
      username: parsed.username || undefined,
      password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
      db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : undefined,
      tls: parsed.protocol === 'rediss:' ? {} : undefined,
    },
  };
}
