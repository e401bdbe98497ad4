import { z } from 'zod';

/** What a staff member edits about themselves; the desk's profile form and profile.update share it. */
export const profileInputSchema = z.object({
  name: z.string().trim().min(1, 'Enter your name.').max(100, 'Keep your name under 100 characters.'),
  jobTitle: z.string().trim().max(100, 'Keep the job title under 100 characters.'),
  bio: z.string().trim().max(1000, 'Keep the bio under 1,000 characters.'),
  /** An image uploaded through /api/media to use as the photo; null removes the photo; omitted keeps it. */
  photoAssetId: z.uuid().nullable().optional(),
});
export type ProfileInput = z.input<typeof profileInputSchema>;

/** A staff member's own profile, as the desk shows it (never the raw user row). */
export const profileSchema = z.object({
  name: z.string(),
  jobTitle: z.string(),
  bio: z.string(),
  photoUrl: z.string().nullable(),
  /** Their public author page: /authors/<slug>. */
  slug: z.string(),
});
export type Profile = z.infer<typeof profileSchema>;

export const PROFILE_FIELDS = { name: true, jobTitle: true, bio: true, photoUrl: true, slug: true } as const;
