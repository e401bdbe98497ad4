/**
 * URL rules for article bodies, shared by the editor (which refuses to insert a bad link) and the server
 * (which refuses to store one). Browsers ignore tabs, newlines and leading control characters in URLs,
 * so "java\tscript:" and " javascript:" are treated like what they are.
 */
const INVISIBLE = /[\u0000-\u0020\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g;

export function isSafeLinkHref(href: string): boolean {
  const compact = href.replace(INVISIBLE, '');
  if (!/^(https?:\/\/|mailto:)/i.test(compact)) return false;
  try {
    const url = new URL(compact);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) && compact === href.trim();
  } catch {
    return false;
  }
}

/** Images come from our media store (/media/<key>) or over https; never data:, javascript: or plain http. */
const MEDIA_PATH = /^\/media\/[a-z0-9][a-z0-9-]*\.(jpe?g|png|webp|gif|avif)$/;

export function isSafeImageSrc(src: string): boolean {
  if (MEDIA_PATH.test(src)) return true;
  try {
    return new URL(src).protocol === 'https:' && src === src.trim() && !INVISIBLE.test(src);
  } catch {
    return false;
  }
}
