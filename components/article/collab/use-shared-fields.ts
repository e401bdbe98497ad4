'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { fieldsMap, readSharedFields, writeSharedFields, type SharedFields } from './shared-fields';

/**
 * The article's fields from the shared document, re-read whenever anyone changes them; `update` applies
 * a change to the latest fields (read from the document at that moment, not from the last render).
 */
export function useSharedFields(doc: Y.Doc, article: SharedFields) {
  const articleRef = useRef(article);
  useEffect(() => {
    articleRef.current = article;
  });
  const [fields, setFields] = useState(() => readSharedFields(doc, article));
  useEffect(() => {
    const map = fieldsMap(doc);
    const reread = () => setFields(readSharedFields(doc, articleRef.current));
    map.observeDeep(reread);
    reread();
    return () => map.unobserveDeep(reread);
  }, [doc]);
  const update = useCallback(
    (change: (current: SharedFields) => SharedFields) => {
      const current = readSharedFields(doc, articleRef.current);
      writeSharedFields(doc, current, change(current));
    },
    [doc],
  );
  return [fields, update] as const;
}
