import { siteUrl } from '../site/site-url';

type Options = { fallback?: string; origin?: string };

/**
 * Where to go after sign-in: only an address on this site (no open redirect to another host).
 *
 * Decided the way the browser will read it, not by string prefixes: the value is parsed with the WHATWG
 * URL parser against the site's own origin, which strips tabs and newlines and reads backslashes as
 * slashes exactly as browsers do (`/\t/evil.example/` is `//evil.example/`), and resolves `//host`,
 * userinfo (`https://site@evil`) and other schemes. Only a result with the site's origin is kept, and
 * then only its path, query and fragment, re-serialized and checked once more, so what we hand on has
 * nothing left for a browser to fold into a different host.
 */
export function safeCallbackUrl(value: string | string[] | undefined, options: Options = {}): string {
  const { fallback = '/desk', origin = new URL(siteUrl()).origin } = options;
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw) return fallback;
  let parsed: URL;
  try {
    parsed = new URL(raw, origin);
  } catch {
    return fallback;
  }
  if (parsed.origin !== origin) return fallback;
  const path = `${parsed.pathname}${parsed.search}${parsed.hash}`;
  // A path can itself read as another host: `/x/../\t/evil.example` resolves to the path `//evil.example`.
  return new URL(path, origin).origin === origin ? path : fallback;
}
