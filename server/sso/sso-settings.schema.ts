import { z } from 'zod';

export const ssoSettingsInputSchema = z.object({ createsAccounts: z.boolean() });

export const ssoSettingsSchema = z.object({
  /** Whether OIDC_* is configured on this server (the setting only matters then). */
  configured: z.boolean(),
  /** The provider's label on the sign-in button. */
  name: z.string(),
  createsAccounts: z.boolean(),
});
export type SsoSettings = z.infer<typeof ssoSettingsSchema>;
