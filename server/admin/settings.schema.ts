import { z } from 'zod';
import { ROLES } from '../auth/permissions';

/** The zones this runtime knows (server and browser each ask their own Intl). */
export function supportedTimeZones(): string[] {
  return ['UTC', ...Intl.supportedValuesOf('timeZone')];
}

/**
 * A zone from Intl.supportedValuesOf('timeZone'). Also accepted: a current IANA name this runtime's ICU
 * lists under an older alias (e.g. "Europe/Kyiv", which older ICU lists as "Europe/Kiev"), as long as
 * it resolves to a listed zone; wrongly-cased names are not.
 */
export function isSupportedTimeZone(zone: string): boolean {
  const zones = new Set(supportedTimeZones());
  if (zones.has(zone)) return true;
  try {
    const resolved = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
    return zones.has(resolved) && /^[A-Z][A-Za-z_-]*(?:\/[A-Z][A-Za-z0-9_+-]*)+$/.test(zone);
  } catch {
    return false;
  }
}

export const updateSettingsSchema = z.object({
  name: z.string().trim().min(1, 'Name the newsroom.').max(100, 'Keep the name under 100 characters.'),
  timeZone: z.string().trim().refine(isSupportedTimeZone, 'Pick a time zone from the list, e.g. Europe/Kyiv.'),
  fourEyesApproval: z.boolean(),
  /** Roles that must sign in with an authenticator app; those without one set it up at their next page. */
  twoFactorRoles: z.array(z.enum(ROLES)).max(ROLES.length).transform((roles) => ROLES.filter((role) => roles.includes(role))),
});
export type UpdateSettingsInput = z.infer<typeof updateSettingsSchema>;

export const settingsSchema = updateSettingsSchema.extend({ name: z.string(), timeZone: z.string() });
export type Settings = z.infer<typeof settingsSchema>;
