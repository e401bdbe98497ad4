import type { ArticleContentInput } from '@/server/article/article.schema';

/**
 * The browser's copy of unsaved work, so a reload, a closed laptop or a server outage loses nothing.
 * Kept per article with the version it was based on; cleared once the server has the same content.
 */
export type LocalDraft = { baseVersion: number; content: ArticleContentInput; changedAt: string };

const keyFor = (articleId: string) => `masthead:draft:${articleId}`;

export function readLocalDraft(articleId: string): LocalDraft | null {
  try {
    const raw = window.localStorage.getItem(keyFor(articleId));
    return raw ? (JSON.parse(raw) as LocalDraft) : null;
  } catch {
    return null; // unreadable or storage blocked: nothing to restore
  }
}

export function writeLocalDraft(articleId: string, draft: LocalDraft): void {
  try {
    window.localStorage.setItem(keyFor(articleId), JSON.stringify(draft));
  } catch {
    // Storage full or blocked (private mode): the server save still runs; nothing else to do here.
  }
}

export function clearLocalDraft(articleId: string): void {
  try {
    window.localStorage.removeItem(keyFor(articleId));
  } catch {
    // see writeLocalDraft
  }
}
