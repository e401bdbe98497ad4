import { z } from 'zod';

export const addCommentSchema = z.object({
  articleId: z.string().uuid(),
  body: z.string().trim().min(1, 'Write a comment.').max(4000, 'Keep comments under 4,000 characters.'),
});

export const setResolvedSchema = z.object({ commentId: z.string().uuid(), resolved: z.boolean() });

export const commentSchema = z.object({
  id: z.string(),
  authorName: z.string(),
  authorId: z.string().nullable(),
  body: z.string(),
  resolvedAt: z.date().nullable(),
  createdAt: z.date(),
});
