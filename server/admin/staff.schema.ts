import { z } from 'zod';
import { newPasswordSchema } from '../auth/password-policy';
import { ROLES } from '../auth/permissions';

export const staffIdSchema = z.object({ userId: z.string().uuid() });

export const inviteStaffSchema = z.object({
  name: z.string().trim().min(1, 'Enter their name.').max(100, 'Keep names under 100 characters.'),
  // Stored lower-cased, as sign-in lower-cases the typed address.
  email: z.string().trim().toLowerCase().email('Enter a valid email address.').max(200),
  role: z.enum(ROLES, 'Pick a role.'),
});
export type InviteStaffInput = z.infer<typeof inviteStaffSchema>;

export const changeRoleSchema = z.object({ userId: z.string().uuid(), role: z.enum(ROLES, 'Pick a role.') });

export const setStaffActiveSchema = z.object({ userId: z.string().uuid(), active: z.boolean() });

export const staffRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  active: z.boolean(),
  jobTitle: z.string(),
  slug: z.string(),
  createdAt: z.date(),
});
export type StaffRow = z.infer<typeof staffRowSchema>;

/** A set-password link, shown to the admin once (only its hash is stored). */
export const resetLinkSchema = z.object({
  userId: z.string(),
  /** `/reset-password/<token>`: the admin's browser adds its origin. */
  path: z.string(),
  expiresAt: z.date(),
});
export type ResetLink = z.infer<typeof resetLinkSchema>;

/** Whether the link also went out by email (only when SMTP is configured), or why it did not. */
export const linkDeliverySchema = z.object({ emailedTo: z.string().nullable(), problem: z.string().nullable() });
export type LinkDelivery = z.infer<typeof linkDeliverySchema>;

export const inviteResultSchema = z.object({ user: staffRowSchema, link: resetLinkSchema, delivery: linkDeliverySchema });
export const resetLinkResultSchema = z.object({ link: resetLinkSchema, delivery: linkDeliverySchema });

/** The token as it appears in the link: 32 random bytes, base64url. */
export const resetTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'This link is not valid.');

export const completePasswordResetSchema = z
  .object({
    token: resetTokenSchema,
    password: newPasswordSchema,
    confirmation: z.string(),
  })
  .refine((value) => value.password === value.confirmation, { path: ['confirmation'], message: 'The two passwords differ.' });
export type CompletePasswordResetInput = z.infer<typeof completePasswordResetSchema>;

export const resetTokenStatusSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('valid'), name: z.string(), email: z.string(), expiresAt: z.date() }),
  z.object({ status: z.enum(['unknown', 'expired', 'used', 'inactive']) }),
]);
export type ResetTokenStatus = z.infer<typeof resetTokenStatusSchema>;
