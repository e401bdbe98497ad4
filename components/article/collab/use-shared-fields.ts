'use client';

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { fieldsMap, readSharedFields, writeSharedFields, type SharedFields } from './shared-fields';
import { rememberKeptCarets } from './use-kept-caret';

/**
 * The article's fields from the shared document, re-read whenever anyone changes them; `update` applies
 * a change made to the fields as shown, merged with whatever others changed meanwhile.
 */
export function useSharedFields(doc: Y.Doc, article: SharedFields) {
  const articleRef = useRef(article);
  useEffect(() => {
    articleRef.current = article;
  });
  const [fields, setFields] = useState(() => readSharedFields(doc, article));
  useEffect(() => {
    const map = fieldsMap(doc);
    const reread = () => {
      // The fields still show what was there before this change: where their carets are is known now only.
      rememberKeptCarets();
      setFields(readSharedFields(doc, articleRef.current));
    };
    map.observeDeep(reread);
    reread();
    return () => map.unobserveDeep(reread);
  }, [doc]);
  // What the person saw when they typed: an input's new value is an edit of that, not of what has
  // arrived from others since (which React has not shown yet).
  // Updated in the same commit that shows new fields in the inputs, before the next keystroke can arrive.
  const seenRef = useRef(fields);
  useLayoutEffect(() => {
    seenRef.current = fields;
  }, [fields]);
  const update = useCallback(
    (change: (seen: SharedFields) => SharedFields) => {
      const seen = seenRef.current;
      const next = change(seen);
      writeSharedFields(doc, seen, next, readSharedFields(doc, articleRef.current));
      seenRef.current = next;
    },
    [doc],
  );
  return [fields, update] as const;
}
