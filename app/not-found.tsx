import Link from 'next/link';

/**
 * What notFound() shows outside the public site (the desk's pages render it per request, with their nonce).
 * Rendered as part of every page's tree, so nothing here may wait for the request: that would turn the
 * cached public pages dynamic. Unmatched addresses are answered by (site)/[...address]/page.tsx.
 */
export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <h1 className="font-serif text-3xl font-bold">Page not found</h1>
      <p className="mt-3">
        Nothing is published at this address. <Link href="/" className="underline">Go to the front page</Link>.
      </p>
    </main>
  );
}
