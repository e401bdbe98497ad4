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
  const redisUrl = process.env.REDIS_URL;
  const prefix = `${process.env.MASTHEAD_CACHE_PREFIX ?? 'masthead:'}collab`;
  const server = createCollabServer({
    db,
    // Stores happen outside any request: their pages are expired through the revalidation outbox.
    revalidate: (tags) => enqueueRevalidation(db, { tags }),
    authenticate: (request) => actorOfUpgrade(db, request),
    extensions: redisUrl ? [new Redis({ ...redisOptions(redisUrl), prefix })] : [],
  });

  let announce = (articleId: string) => server.refreshAccess(articleId);
  if (redisUrl) {
    const channel = `${prefix}:changed`;
    const publisher = createClient({ url: redisUrl });
    const subscriber = publisher.duplicate();
    for (const client of [publisher, subscriber]) client.on('error', (error: unknown) => logger.error({ err: error }, 'co-editing Redis'));
    await Promise.all([publisher.connect(), subscriber.connect()]);
    await subscriber.subscribe(channel, (articleId) => void server.refreshAccess(articleId));
    announce = async (articleId) => void (await publisher.publish(channel, articleId));
  }

  installCollabHub({
    handleUpgrade: server.handleUpgrade,
    flush: server.flush,
    articleChanged: server.articleChanged,
    announceChange: announce,
  });
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
