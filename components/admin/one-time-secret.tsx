'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';

/** A secret shown the one time it exists in clear (an API key, a webhook signing secret), with a copy button. */
export function OneTimeSecret({ title, secret, note, onDone }: { title: string; secret: string; note: string; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="space-y-3 rounded-xl border border-blue-200 bg-blue-50 p-5">
      <p className="text-sm font-semibold">{title}</p>
      <p className="text-sm">{note} It is shown only now: copy it before you leave this page.</p>
      <code data-testid="one-time-secret" className="block break-all rounded border border-line bg-white p-2 text-sm">
        {secret}
      </code>
      <div className="flex gap-2">
        <Button
          size="sm"
          variant="secondary"
          onClick={() => {
            void navigator.clipboard.writeText(secret).then(() => setCopied(true));
          }}
        >
          {copied ? 'Copied' : 'Copy'}
        </Button>
        <Button size="sm" variant="ghost" onClick={onDone}>
          Done
        </Button>
      </div>
    </div>
  );
}
