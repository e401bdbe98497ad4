'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import type { LinkDelivery, ResetLink } from '@/server/admin/staff.schema';
import { newsroomClock } from '@/server/text/newsroom-time';

/** The one time an admin sees a set-password link: emailed when SMTP is configured, else handed over by them. */
export function SetPasswordLink({ link, delivery, name, onDone }: { link: ResetLink; delivery: LinkDelivery; name: string; onDone: () => void }) {
  const url = typeof window === 'undefined' ? link.path : new URL(link.path, window.location.origin).toString();
  const [copied, setCopied] = useState(false);
  // On the newsroom's clock, zone named: the person it is sent to may well be elsewhere.
  const newsroom = useQuery(useTRPC().settings.newsroom.queryOptions());
  const expires = newsroom.data ? newsroomClock(newsroom.data.timeZone).dateTimeWithZone(link.expiresAt) : '…';
  return (
    <div role="status" className="space-y-3 rounded-xl border border-blue-200 bg-blue-50 p-5">
      <p className="text-sm font-semibold">Set-password link for {name}</p>
      <p className="text-sm">
        {delivery.emailedTo ? `Emailed to ${delivery.emailedTo}. ` : `Send this link to ${name} yourself. `}
        It is shown only now, works once, and expires <span data-testid="set-password-expiry">{expires}</span>.
      </p>
      {delivery.problem && (
        <p role="alert" className="text-sm font-medium text-danger">
          {delivery.problem}
        </p>
      )}
      <div className="space-y-1.5">
        <Label htmlFor="set-password-link">Link</Label>
        <div className="flex gap-2">
          <Input id="set-password-link" readOnly value={url} onFocus={(event) => event.currentTarget.select()} data-testid="set-password-link" />
          <Button
            type="button"
            variant="secondary"
            className="shrink-0 whitespace-nowrap"
            onClick={() => {
              void navigator.clipboard?.writeText(url).then(() => setCopied(true));
            }}
          >
            {copied ? 'Copied' : 'Copy link'}
          </Button>
        </div>
      </div>
      <Button type="button" variant="ghost" size="sm" onClick={onDone}>
        Done, hide the link
      </Button>
    </div>
  );
}
