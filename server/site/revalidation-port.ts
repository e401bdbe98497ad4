/**
 * How a domain operation says "these public pages changed" without knowing about Next.js: the route layer
 * passes in a function that expires the tags (server/cache/). Called after the transaction commits, never
 * inside it: a reader's request between the invalidation and the commit would cache the old rows again.
 */
export type RevalidatePublicPages = (tags: readonly string[]) => Promise<void>;
