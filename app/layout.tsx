import type { Metadata } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Masthead', template: '%s · Masthead' },
  description: 'News, edited by people.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request, the not-found page included: Next.js puts the request's CSP nonce
  // (set by proxy.ts, see server/http/security-headers.ts) on its scripts only then. A page built ahead
  // of time would carry none, and the policy would block its scripts.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
