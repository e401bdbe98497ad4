import { z } from 'zod';

export const auditCursorSchema = z.object({ createdAt: z.date(), id: z.string().uuid() });
export type AuditCursor = z.infer<typeof auditCursorSchema>;

export const listAuditSchema = z
  .object({
    /** Who acted. */
    actorId: z.string().uuid().optional(),
    /** Only this article's workflow events (and admin events targeting it). */
    articleId: z.string().uuid().optional(),
    /** Exact action, e.g. "staff.role_changed" or "publish". */
    action: z.string().trim().min(1).max(100).optional(),
    /** From this instant (inclusive)… */
    from: z.date().optional(),
    /** …until this instant (exclusive). */
    to: z.date().optional(),
    /** The last entry of the previous page. */
    cursor: auditCursorSchema.nullish(),
    limit: z.number().int().min(1).max(100).default(50),
  })
  .refine((input) => !input.from || !input.to || input.from < input.to, { path: ['to'], message: 'The end must be after the start.' });
export type ListAuditInput = z.input<typeof listAuditSchema>;

export const auditEntrySchema = z.object({
  /** "admin": an AuditEvent (staff, sections, settings); "article": a workflow ArticleEvent. */
  source: z.enum(['admin', 'article']),
  id: z.string(),
  createdAt: z.date(),
  actor: z.object({ id: z.string(), name: z.string() }).nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  /** The target's current name or headline, when it still exists. */
  targetLabel: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  fromState: z.string().nullable(),
  toState: z.string().nullable(),
  comment: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = z.object({ entries: z.array(auditEntrySchema), nextCursor: auditCursorSchema.nullable() });
export type AuditPage = z.infer<typeof auditPageSchema>;
