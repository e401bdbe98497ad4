import type { SsoRefusal } from './decide-sso-sign-in';

/** What the sign-in page says for each refusal code next-auth sends back there (?error=…). */
const REFUSALS: Record<SsoRefusal, string> = {
  SsoUnverified:
    'Your identity provider did not confirm your email address, so it cannot sign you in here. Ask your IT team to verify it, or sign in with your password.',
  SsoUnknown: 'There is no staff account with the email address your identity provider gave. Ask a Masthead admin to add you.',
  SsoDeactivated: 'This account has been deactivated. Ask an admin to reactivate it.',
};

// next-auth's own codes for a single sign-on that did not complete (provider down, cancelled, tampered).
const SSO_FAILURES = new Set(['OAuthSignin', 'OAuthCallback', 'OAuthCreateAccount', 'Callback', 'AccessDenied', 'Configuration']);

/**
 * The sentence for an ?error= code on the sign-in page, or null for anything else: only known codes are
 * answered, so a crafted link cannot put its own words on our sign-in page.
 */
export function signInErrorMessage(code: string | string[] | undefined): string | null {
  const value = Array.isArray(code) ? code[0] : code;
  if (!value) return null;
  if (Object.hasOwn(REFUSALS, value)) return REFUSALS[value as SsoRefusal];
  if (SSO_FAILURES.has(value)) return 'Single sign-on did not complete. Try again, or sign in with your password.';
  return null;
}
