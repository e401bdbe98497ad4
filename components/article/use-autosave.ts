'use client';

import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { describeError } from '@/components/desk/error-message';
import { useTRPC } from '@/components/providers/trpc';
import type { ArticleContentInput } from '@/server/article/article.schema';
import { clearLocalDraft, writeLocalDraft } from './local-draft';
import { saveFailure } from './save-retry';

/** Saves start this long after typing stops. */
export const AUTOSAVE_DELAY_MS = 1500;

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'offline' }
  /** The server asked us to come back later (503/429 with Retry-After): the edit is kept and sent again then. */
  | { kind: 'busy'; retryAt: Date }
  | { kind: 'conflict'; error: ReturnType<typeof describeError> }
  | { kind: 'invalid'; error: ReturnType<typeof describeError> };

/**
 * Autosave for the article screen. Every change is first written to the browser (local-draft.ts), then
 * saved a moment after typing stops with the version this browser last saw. One save at a time: edits
 * made during a save are sent right after it, with the version that save returned, so a quick typist never
 * conflicts with themselves. Network failures retry until the server answers; a real conflict (someone
 * else saved) stops autosave until the user chooses.
 */
export function useAutosave({
  articleId,
  baseVersion,
  content,
  serverContent,
  enabled,
  onSaved,
}: {
  articleId: string;
  /** The version the content being edited started from (older than the server's for a restored local draft). */
  baseVersion: number;
  content: ArticleContentInput;
  /** The content as the server last had it. */
  serverContent: ArticleContentInput;
  enabled: boolean;
  onSaved: (result: { version: number; slug: string; wordCount: number; readingMinutes: number }, content: ArticleContentInput) => void;
}) {
  const trpc = useTRPC();
  const save = useMutation(trpc.article.save.mutationOptions());
  // The mutation object and callback change identity on every render; the timers must not restart because
  // of that, so they are read through refs.
  const mutateRef = useRef(save.mutateAsync);
  const onSavedRef = useRef(onSaved);
  useEffect(() => {
    mutateRef.current = save.mutateAsync;
    onSavedRef.current = onSaved;
  });
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [savedVersion, setSavedVersion] = useState(baseVersion);
  const versionRef = useRef(baseVersion);
  const inFlight = useRef(false);
  /** A retry is scheduled at the server's Retry-After: typing must not send sooner. */
  const retrying = useRef(false);
  const latest = useRef(content);
  const [savedJson, setSavedJson] = useState(() => JSON.stringify(serverContent));
  const savedRef = useRef(savedJson);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const dirty = JSON.stringify(content) !== savedJson;


  const flush = useCallback(async () => {
    if (inFlight.current || !enabled) return;
    const sending = latest.current;
    const sendingJson = JSON.stringify(sending);
    if (sendingJson === savedRef.current) return;
    inFlight.current = true;
    setStatus({ kind: 'saving' });
    try {
      const result = await mutateRef.current({ id: articleId, expectedVersion: versionRef.current, content: sending });
      versionRef.current = result.version;
      savedRef.current = sendingJson;
      setSavedJson(sendingJson);
      setSavedVersion(result.version);
      if (JSON.stringify(latest.current) === sendingJson) clearLocalDraft(articleId);
      setStatus({ kind: 'saved', at: new Date() });
      onSavedRef.current(result, sending);
    } catch (error) {
      const failure = saveFailure(error);
      retrying.current = failure.kind === 'retry';
      if (failure.kind === 'retry') {
        // The edit stays in the local draft; it is sent again (the newest content) once the wait is over.
        setStatus(failure.reason === 'busy' ? { kind: 'busy', retryAt: new Date(Date.now() + failure.afterMs) } : { kind: 'offline' });
        clearTimeout(timer.current);
        timer.current = setTimeout(() => void flush(), failure.afterMs);
      } else setStatus({ kind: failure.kind, error: failure.error });
      return;
    } finally {
      inFlight.current = false;
    }
    retrying.current = false;
    // Typed while that save was in flight: send it now, on top of the version it just produced.
    if (JSON.stringify(latest.current) !== savedRef.current) {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    }
  }, [articleId, enabled]);

  useEffect(() => {
    latest.current = content;
    if (!enabled || !dirty) return;
    writeLocalDraft(articleId, { baseVersion: versionRef.current, content, changedAt: new Date().toISOString() });
    setStatus((current) =>
      current.kind === 'conflict' || current.kind === 'offline' || current.kind === 'busy' || current.kind === 'unsaved' ? current : { kind: 'unsaved' },
    );
    if (retrying.current) return; // the scheduled retry sends this content too
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
  }, [articleId, content, dirty, enabled, flush]);

  useEffect(() => () => clearTimeout(timer.current), []);

  return {
    status,
    dirty,
    /** Save right away (Ctrl+S, or before a workflow step). */
    saveNow: () => {
      clearTimeout(timer.current);
      void flush();
    },
    /** After the user resolves a conflict: continue from this server version. */
    /**
     * Our own workflow step succeeded (it checked the version too, so nobody else wrote in between):
     * continue from the version it produced.
     */
    adoptVersion: (version: number) => {
      versionRef.current = Math.max(versionRef.current, version);
      setSavedVersion((current) => Math.max(current, version));
    },
    /** "Keep mine" after a conflict: save this browser's content on top of the server's current version. */
    keepMine: (currentVersion: number) => {
      versionRef.current = currentVersion;
      setStatus({ kind: 'idle' });
      void flush();
    },
    /** The version the next step must name: ours if we saved last, else the server's. */
    version: savedVersion,
  };
}
