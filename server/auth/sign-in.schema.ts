import { z } from 'zod';

/** The sign-in form and the credentials provider validate with this one schema. */
export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email('Enter your work email address.'),
  password: z.string().min(1, 'Enter your password.').max(200),
});
export type SignInInput = z.infer<typeof signInSchema>;
