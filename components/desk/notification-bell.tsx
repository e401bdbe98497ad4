'use client';

import * as Popover from '@radix-ui/react-popover';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Bell } from 'lucide-react';
import Link from 'next/link';
import { useTRPC } from '@/components/providers/trpc';

/** Unread count in the header; opening the list marks them read. Polls so news arrives without reloads. */
export function NotificationBell() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery({ ...trpc.notification.list.queryOptions({ limit: 20 }), refetchInterval: 30_000 });
  const markRead = useMutation(
    trpc.notification.markRead.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.notification.list.queryKey() }),
    }),
  );
  const unread = list.data?.unread ?? 0;
  return (
    <Popover.Root onOpenChange={(open) => !open && unread > 0 && markRead.mutate({})}>
      <Popover.Trigger
        className="relative inline-flex h-9 items-center rounded px-2 text-sm hover:bg-wash"
        aria-label={unread ? `Notifications, ${unread} unread` : 'Notifications'}
      >
        <Bell aria-hidden className="size-4 sm:hidden" />
        <span className="hidden sm:inline">Notifications</span>
        {unread > 0 && (
          <span data-testid="unread-count" className="ml-1.5 rounded-full bg-danger px-1.5 py-0.5 text-xs font-semibold text-white">
            {unread}
          </span>
        )}
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content align="end" sideOffset={6} className="z-(--z-menu) w-[min(24rem,calc(100vw-1rem))] rounded-lg border border-line bg-paper p-2 shadow-lg">
          {list.data?.items.length ? (
            <ul className="max-h-96 divide-y divide-line overflow-auto">
              {list.data.items.map((item) => (
                <li key={item.id} className={`px-2 py-2 text-sm ${item.readAt ? 'text-muted' : ''}`}>
                  {item.articleId ? <Link href={`/desk/articles/${item.articleId}`} className="hover:underline">{item.message}</Link> : item.message}
                </li>
              ))}
            </ul>
          ) : (
            <p className="p-2 text-sm text-muted">No notifications yet.</p>
          )}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
