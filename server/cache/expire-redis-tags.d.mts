// Types of expire-redis-tags.mjs (plain JavaScript, loaded by the cache handler at run time).
import type { RedisClientType } from 'redis';

export function expireInRedis(client: RedisClientType, keyPrefix: string, tags: readonly string[]): Promise<void>;
