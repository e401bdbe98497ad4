'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormAlert } from '@/components/forms/field';
import { serverErrors } from '@/components/forms/form-errors';
import { reloadAfterChange } from '@/components/providers/reload-after-change';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';
import { TableHead } from '@/components/ui/table-head';
import { newsroomTimeFormat } from '@/server/text/newsroom-time';

/** The staff member's signed-in devices, each of which they can sign out (a lost phone, a shared computer). */
export function SignedInDevices({ timeZone }: { timeZone: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sessions = useQuery(trpc.session.list.queryOptions());
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const formatTime = newsroomTimeFormat(timeZone);

  const done = (text: string) => {
    setError(null);
    setMessage(text);
    return reloadAfterChange(queryClient, trpc.session.list.queryKey());
  };
  const onError = (caught: unknown) => {
    setMessage(null);
    setError(serverErrors(caught).message);
  };
  const end = useMutation(trpc.session.end.mutationOptions({ onSuccess: () => done('That device is signed out.'), onError }));
  const endOthers = useMutation(
    trpc.session.endOthers.mutationOptions({
      onSuccess: ({ ended }) => done(ended === 1 ? 'One other device is signed out.' : `${ended} other devices are signed out.`),
      onError,
    }),
  );
  const others = sessions.data?.filter((session) => !session.current) ?? [];

  return (
    <section aria-labelledby="devices-heading" className="max-w-3xl space-y-3 rounded-lg border border-line bg-paper p-6">
      <div>
        <h2 id="devices-heading" className="text-lg font-semibold">
          Signed-in devices
        </h2>
        <p className="mt-1 text-sm text-muted">Sign out any device you do not recognise or no longer use. Its next request is refused.</p>
      </div>
      <FormAlert message={error ?? (sessions.error ? serverErrors(sessions.error).message : null)} />
      <p aria-live="polite" className="text-sm text-ok">
        {message}
      </p>
      {sessions.data && (
        <table className="stack-table w-full text-left text-sm">
          <TableHead columns={['Device', 'Address', 'Signed in', 'Last seen', { srOnly: 'Actions' }]} />
          <tbody className="divide-y divide-line">
            {sessions.data.map((session) => (
              <tr key={session.id} data-testid="signed-in-device">
                <td className="py-2 pr-3 align-top font-medium">
                  {session.device}
                  {session.method === 'sso' && <span className="ml-1 text-xs font-normal text-muted">(single sign-on)</span>}
                  {session.current && <span className="ml-1 text-xs font-normal text-muted">(this device)</span>}
                </td>
                <td className="py-2 pr-3 align-top" data-label="Address">{session.ipAddress || 'Unknown'}</td>
                <td className="py-2 pr-3 align-top whitespace-nowrap" data-label="Signed in">{formatTime(session.createdAt)}</td>
                <td className="py-2 pr-3 align-top whitespace-nowrap" data-label="Last seen">{session.current ? 'Now' : formatTime(session.lastSeenAt)}</td>
                <td className="py-2 align-top md:text-right">
                  {!session.current && (
                    <Button
                      size="sm"
                      variant="secondary"
                      disabled={end.isPending}
                      aria-label={`Sign out ${session.device}, last seen ${formatTime(session.lastSeenAt)}`}
                      onClick={() => end.mutate({ sessionId: session.id })}
                    >
                      Sign out
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {others.length > 0 && (
        <Button variant="danger" size="sm" disabled={endOthers.isPending} onClick={() => endOthers.mutate()}>
          Sign out all other devices
        </Button>
      )}
    </section>
  );
}
