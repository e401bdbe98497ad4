'use client';

import { useRouter } from 'next/navigation';
import { TwoFactorSetup } from './two-factor-setup';

/** The setup on its own page; once the recovery codes are kept, on to the desk. */
export function ForcedTwoFactorSetup() {
  const router = useRouter();
  return <TwoFactorSetup doneLabel="Continue to the desk" onDone={() => router.replace('/desk')} />;
}
