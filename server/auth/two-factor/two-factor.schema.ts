import { z } from 'zod';

/** A code as typed in the desk: 6 digits from the app, or (where allowed) a recovery code. */
export const twoFactorCodeSchema = z.object({
  code: z.string().trim().min(1, 'Enter the code.').max(40, 'That is not a code.'),
});

export const twoFactorStatusSchema = z.object({ enabled: z.boolean(), required: z.boolean(), recoveryCodesLeft: z.number().int() });

export const enrolmentSchema = z.object({
  /** Base32, for typing into the app by hand. */
  secret: z.string(),
  uri: z.string(),
  /** The otpauth URI as a PNG data URL, shown as an <img>. */
  qrCode: z.string(),
});
