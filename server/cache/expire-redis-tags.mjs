// Expiring many cache tags at once in the Redis cache of @fortedigital/nextjs-cache-handler's
// redis-strings handler (cache-handler.mjs). Plain JavaScript: loaded by the cache handler at run time.

// The Redis handler's own keys (its defaults): entry key → its tags (JSON), entry key → its expiry, and
// implicit (path) tag → when it was revalidated.
const SHARED_TAGS_KEY = '__sharedTags__';
const SHARED_TAGS_TTL_KEY = '__sharedTagsTtl__';
const REVALIDATED_TAGS_KEY = '__revalidated_tags__';
const IMPLICIT_TAG = '_N_T_';
const DELETE_CHUNK = 1_000;

/** The Redis handler's revalidateTag for many tags at once: one scan of its tag index, then the deletes in chunks. */
export async function expireInRedis(client, keyPrefix, tags) {
  const wanted = new Set(tags);
  const implicit = tags.filter((tag) => tag.startsWith(IMPLICIT_TAG));
  if (implicit.length) await client.hSet(keyPrefix + REVALIDATED_TAGS_KEY, Object.fromEntries(implicit.map((tag) => [tag, Date.now()])));
  const keys = [];
  let cursor = '0';
  do {
    const portion = await client.hScan(keyPrefix + SHARED_TAGS_KEY, cursor, { COUNT: 10_000 });
    for (const { field, value } of portion.entries) if (JSON.parse(value).some((tag) => wanted.has(tag))) keys.push(field);
    cursor = String(portion.cursor);
  } while (cursor !== '0');
  for (let i = 0; i < keys.length; i += DELETE_CHUNK) {
    const chunk = keys.slice(i, i + DELETE_CHUNK);
    await Promise.all([
      client.unlink(chunk.map((key) => keyPrefix + key)),
      client.hDel(keyPrefix + SHARED_TAGS_KEY, chunk),
      client.hDel(keyPrefix + SHARED_TAGS_TTL_KEY, chunk),
    ]);
  }
}
