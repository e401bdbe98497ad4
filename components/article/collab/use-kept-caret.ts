'use client';

import { useEffect, useLayoutEffect, useRef } from 'react';
import { mapCaret } from './shared-fields';

/** Every mounted kept field's `remember`, for `rememberKeptCarets`. */
const keptFields = new Set<() => void>();

/**
 * Notes where every kept field's caret is now. Called when a change from elsewhere arrives, before React
 * shows it: a caret moved without a select event (End, Home, a click in place) would otherwise be known
 * only from the last select or keystroke, and be put back there.
 */
export function rememberKeptCarets(): void {
  keptFields.forEach((remember) => remember());
}

/**
 * Keeps the caret on its word in a text field whose value someone else changes (a co-editor typing in the
 * same headline): without it the browser puts the caret at the end whenever React sets a new value.
 * Returns the field's ref and `remember`: call it on select, and in onChange before setting the value.
 */
export function useKeptCaret<T extends HTMLInputElement | HTMLTextAreaElement>(value: string) {
  const ref = useRef<T>(null);
  const last = useRef({ value, start: 0, end: 0 });
  const remember = useRef(() => {
    const field = ref.current;
    if (field) last.current = { value: field.value, start: field.selectionStart ?? 0, end: field.selectionEnd ?? 0 };
  }).current;
  useEffect(() => {
    keptFields.add(remember);
    return () => void keptFields.delete(remember);
  }, [remember]);
  useLayoutEffect(() => {
    const field = ref.current;
    const before = last.current;
    // Our own typing was remembered in onChange already; only a change from elsewhere moves the caret.
    if (field && document.activeElement === field && before.value !== value) {
      field.setSelectionRange(mapCaret(before.start, before.value, value), mapCaret(before.end, before.value, value));
    }
    remember();
  }, [value, remember]);
  return [ref, remember] as const;
}
