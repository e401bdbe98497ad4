/**
 * Images in an article's body sit below the lead image and standfirst: they load when the reader nears
 * them. Applied to THE renderer's sanitized HTML at display time (the stored HTML stays the renderer's),
 * where `<img ` can only be a tag: text is escaped (`&lt;img`).
 */
export function lazyBodyImages(html: string): string {
  return html.replaceAll('<img ', '<img loading="lazy" decoding="async" ');
}
