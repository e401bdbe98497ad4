import { z } from 'zod';
import { articleIdSchema } from '../article/article.schema';
import { MAX_PREVIEW_HOURS } from './preview-token';

export const createPreviewLinkSchema = z.object({
  articleId: articleIdSchema,
  hours: z.number().int().min(1).max(MAX_PREVIEW_HOURS).default(48),
});
export const previewLinkIdSchema = z.object({ linkId: z.string().uuid('Unknown preview link.') });
export const articlePreviewLinksSchema = z.object({ articleId: articleIdSchema });

export const createdPreviewLinkSchema = z.object({ id: z.string(), url: z.string(), expiresAt: z.date() });

/** A link as the desk lists it: never its token (only its maker saw that, once). */
export const previewLinkRowSchema = z.object({
  id: z.string(),
  createdByName: z.string(),
  createdAt: z.date(),
  expiresAt: z.date(),
  revokedAt: z.date().nullable(),
  revokedByName: z.string().nullable(),
  status: z.enum(['active', 'expired', 'revoked']),
  canRevoke: z.boolean(),
});
export const revokedPreviewLinksSchema = z.object({ revoked: z.number() });
