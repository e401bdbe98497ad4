import { z } from 'zod';
import { API_SCOPE_LIST } from '../api-scopes';

export const apiKeyIdSchema = z.object({ apiKeyId: z.uuid() });

export const createApiKeySchema = z.object({
  name: z.string().trim().min(1, 'Name the key (who uses it, for what).').max(100, 'Keep the name under 100 characters.'),
  scopes: z.array(z.enum(API_SCOPE_LIST)).min(1, 'Choose at least one thing the key may read.'),
  rateLimitPerMinute: z.number().int().min(1, 'At least 1 request a minute.').max(100_000, 'At most 100,000 requests a minute.'),
});
export type CreateApiKeyInput = z.infer<typeof createApiKeySchema>;

export const apiKeyRowSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(z.enum(API_SCOPE_LIST)),
  rateLimitPerMinute: z.number().int(),
  createdAt: z.date(),
  createdByName: z.string().nullable(),
  lastUsedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});
export type ApiKeyRow = z.infer<typeof apiKeyRowSchema>;

/** The key itself is in this answer only: it is never stored, so never shown again. */
export const createdApiKeySchema = z.object({ apiKey: apiKeyRowSchema, secret: z.string() });
