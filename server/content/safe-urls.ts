/**
 * URL rules for article bodies, shared by the editor (which will not insert or paste a bad link) and the
 * server (which will not store one). Browsers skip control characters and ignore tabs and newlines inside
 * a URL, so "\u0001javascript:" and "java\tscript:" run script: rather than guess how each browser reads
 * such a string, any URL containing an invisible character is refused outright.
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/;

/** http(s) and mailto only. Surrounding spaces are tolerated (browsers strip them); nothing else is. */
export function isSafeLinkHref(href: string): boolean {
  const url = href.trim();
  return !INVISIBLE.test(url) && /^(https?:\/\/|mailto:)/i.test(url) && parses(url);
}

/**
 * Images come from our media store or over https; never data:, javascript:, or plain http (mixed content).
 * The key pattern is the one server/media/storage.ts enforces: that module reads the disk, so it cannot be
 * imported into the browser bundle this file is part of.
 */
const MEDIA_PATH = /^\/media\/[a-z0-9][a-z0-9-]*\.(jpe?g|png|webp|gif|avif)$/;

export function isSafeImageSrc(src: string): boolean {
  if (MEDIA_PATH.test(src)) return true;
  return !INVISIBLE.test(src) && /^https:\/\/\S+$/i.test(src) && parses(src);
}

function parses(url: string): boolean {
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}
