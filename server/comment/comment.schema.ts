import { z } from 'zod';
import { commentAnchorSchema } from './comment-anchor';

/** One schema for the comment form and the procedure; `anchor` is absent for the article-wide thread. */
export const addCommentSchema = z.object({
  articleId: z.string().uuid(),
  body: z.string().trim().min(1, 'Write a comment.').max(4000, 'Keep comments under 4,000 characters.'),
  anchor: commentAnchorSchema.optional(),
});

export const setResolvedSchema = z.object({ commentId: z.string().uuid(), resolved: z.boolean() });

export const commentSchema = z.object({
  id: z.string(),
  authorName: z.string(),
  authorId: z.string().nullable(),
  body: z.string(),
  anchor: commentAnchorSchema.nullable(),
  resolvedAt: z.date().nullable(),
  createdAt: z.date(),
});
