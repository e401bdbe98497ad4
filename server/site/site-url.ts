/** The public site's origin, for canonical URLs, feeds and sitemaps (MASTHEAD_PUBLIC_URL, else NEXTAUTH_URL). */
export function siteUrl(path = '/'): string {
  const origin = process.env.MASTHEAD_PUBLIC_URL ?? process.env.NEXTAUTH_URL ?? 'http://localhost:3000';
  return new URL(path, origin).toString();
}
