/** Only same-site paths may be returned to after sign-in (no open redirect to another host). */
export function safeCallbackUrl(value: string | string[] | undefined, fallback = '/desk'): string {
  const url = Array.isArray(value) ? value[0] : value;
  if (!url || !url.startsWith('/') || url.startsWith('//') || url.startsWith('/\\')) return fallback;
  return url;
}
