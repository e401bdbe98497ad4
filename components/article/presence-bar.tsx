'use client';

import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTRPC } from '@/components/providers/trpc';
import type { Presence } from '@/server/presence/presence';

const HEARTBEAT_MS = 10_000;

/**
 * Who else has this article open. Beats every few seconds while the screen is open; where the others'
 * carets are shows in the text itself (co-editing), and nobody has to wait for anybody.
 */
export function PresenceBar({ articleId }: { articleId: string }) {
  const trpc = useTRPC();
  const [presence, setPresence] = useState<Presence | null>(null);
  const beat = useMutation(trpc.presence.beat.mutationOptions({ onSuccess: setPresence }));
  const beatRef = useRef(beat.mutate);
  useEffect(() => {
    beatRef.current = beat.mutate;
  });

  useEffect(() => {
    const send = () => beatRef.current({ articleId });
    send();
    const timer = setInterval(send, HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [articleId]);

  if (!presence || presence.others.length === 0) return null;
  return (
    <p data-testid="presence" className="text-sm text-muted">
      Also here: {presence.others.map((person) => person.name).join(', ')}
    </p>
  );
}
