/**
 * What sign-in answers, shared with the sign-in form (a client component: this file has no imports).
 * next-auth hands a thrown message to the form as `error`; the form shows its code field on this one.
 */
export const SECOND_FACTOR_REQUIRED = 'Enter the 6-digit code from your authenticator app.';
export const WRONG_SECOND_FACTOR = 'That code is not right. Try the current code from your app, or a recovery code.';
