import Link from 'next/link';

/**
 * A public address with nothing behind it (an unknown article, section, tag or author), inside the site's
 * layout. Part of the cached page it ends (no per-request work here, unlike app/not-found.tsx).
 */
export default function SiteNotFound() {
  return (
    <section>
      <h1 className="font-serif text-3xl font-bold">Page not found</h1>
      <p className="mt-3">
        Nothing is published at this address. <Link href="/" className="underline">Go to the front page</Link>.
      </p>
    </section>
  );
}
