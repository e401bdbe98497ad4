import * as Y from 'yjs';
import { problemWithDoc } from './collab-layout';

/**
 * Decides, before a live document applies an update, whether the document would still be valid after it.
 * Each live document has a shadow copy kept equal to it (every update the live one applies, from any
 * source, is applied to the shadow too; Yjs ignores what it already has); an incoming update is applied
 * to the shadow first and the shadow validated. A refused update spoils the shadow, so it is dropped and
 * copied afresh from the live document on next use. Cheaper than copying the document per keystroke.
 */
export function createUpdateGate() {
  const shadows = new Map<Y.Doc, { shadow: Y.Doc; follow: (update: Uint8Array) => void }>();

  function shadowOf(live: Y.Doc): Y.Doc {
    let entry = shadows.get(live);
    if (!entry) {
      const shadow = new Y.Doc({ gc: false });
      Y.applyUpdate(shadow, Y.encodeStateAsUpdate(live));
      const follow = (update: Uint8Array) => Y.applyUpdate(shadow, update);
      live.on('update', follow);
      entry = { shadow, follow };
      shadows.set(live, entry);
    }
    return entry.shadow;
  }

  function forget(live: Y.Doc): void {
    const entry = shadows.get(live);
    if (!entry) return;
    live.off('update', entry.follow);
    entry.shadow.destroy();
    shadows.delete(live);
  }

  return {
    /** The problem the document would have after `update`, or null when it would be valid. */
    problemAfter(live: Y.Doc, update: Uint8Array): string | null {
      const shadow = shadowOf(live);
      let problem: string | null;
      try {
        Y.applyUpdate(shadow, update);
        problem = problemWithDoc(shadow);
      } catch (error) {
        problem = error instanceof Error ? error.message : String(error);
      }
      if (problem) forget(live);
      return problem;
    },
    forget,
  };
}
