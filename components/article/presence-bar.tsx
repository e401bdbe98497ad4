'use client';

import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';
import type { Presence } from '@/server/presence/presence';

const HEARTBEAT_MS = 10_000;
/** A keystroke sends a beat at once unless one went out this recently. */
const TYPING_BEAT_GAP_MS = 3_000;

/**
 * Who else has this article open, and a warning when someone else is typing in it. Beats every few
 * seconds while the screen is open, and right away when the user starts typing.
 */
export function PresenceBar({ articleId, changeCount, canTakeOver }: { articleId: string; changeCount: number; canTakeOver: boolean }) {
  const trpc = useTRPC();
  const [presence, setPresence] = useState<Presence | null>(null);
  const beat = useMutation(trpc.presence.beat.mutationOptions({ onSuccess: setPresence }));
  const takeOver = useMutation(trpc.presence.takeOver.mutationOptions());
  const beatRef = useRef(beat.mutate);
  const lastBeat = useRef(0);
  const lastChangeCount = useRef(changeCount);
  useEffect(() => {
    beatRef.current = beat.mutate;
  });

  useEffect(() => {
    const send = (typing: boolean) => {
      lastBeat.current = Date.now();
      beatRef.current({ articleId, typing });
    };
    send(false);
    const timer = setInterval(() => send(false), HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [articleId]);

  useEffect(() => {
    if (changeCount === lastChangeCount.current) return;
    lastChangeCount.current = changeCount;
    if (Date.now() - lastBeat.current > TYPING_BEAT_GAP_MS) {
      lastBeat.current = Date.now();
      beatRef.current({ articleId, typing: true });
    }
  }, [articleId, changeCount]);

  if (!presence || (presence.others.length === 0 && !presence.typingBy)) return null;
  return (
    <div data-testid="presence" className="space-y-2">
      {presence.others.length > 0 && (
        <p className="text-sm text-muted">Also here: {presence.others.map((person) => person.name).join(', ')}</p>
      )}
      {presence.typingBy && (
        <div role="alert" className="flex flex-wrap items-center gap-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          <span>
            {presence.typingBy.name} is typing in this article right now. If you type too, one of you will have to resolve a conflict.
          </span>
          {canTakeOver && (
            <Button size="sm" variant="secondary" onClick={() => takeOver.mutate({ articleId }, { onSuccess: () => beatRef.current({ articleId, typing: true }) })}>
              Take over
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
