import { z } from 'zod';
import { newPasswordSchema } from './password-policy';

/** The desk's change-password form and password.change share it. */
export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password.').max(200),
    password: newPasswordSchema,
    confirmation: z.string(),
  })
  .refine((value) => value.password === value.confirmation, { path: ['confirmation'], message: 'The two passwords differ.' })
  .refine((value) => value.password !== value.currentPassword, { path: ['password'], message: 'Choose a password different from the current one.' });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
