import slugify from 'slugify';

/** URL slug from a headline or name: lower-case ASCII words joined by hyphens, at most 80 characters. */
export function toSlug(text: string): string {
  return slugify(text, { lower: true, strict: true, trim: true }).slice(0, 80).replace(/-+$/, '');
}
