/**
 * Text PostgreSQL cannot store, found before it reaches the database. A NUL character is refused by
 * `text` and `jsonb` alike (the driver's error would be a 500), and a lone UTF-16 surrogate is not a
 * character at all: it cannot be encoded as UTF-8, so the database would store a replacement instead of
 * what was sent. Neither ever belongs in an article, a name or a search, so both are refused as input.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function unstorableTextProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'contains a NUL character';
  if (LONE_SURROGATE.test(text)) return 'contains a broken character (a lone UTF-16 surrogate)';
  return null;
}

export type UnstorableText = { path: (string | number)[]; problem: string };

/**
 * The first string (value or object key) anywhere in a decoded JSON-like input that cannot be stored,
 * with where it is (e.g. `body.content.3.content.0.text`), or null. Walks arrays and plain objects only;
 * dates, numbers and the like hold no text.
 */
export function findUnstorableText(value: unknown, path: (string | number)[] = []): UnstorableText | null {
  if (typeof value === 'string') {
    const problem = unstorableTextProblem(value);
    return problem ? { path, problem } : null;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnstorableText(item, [...path, index]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value)) {
      const keyProblem = unstorableTextProblem(key);
      if (keyProblem) return { path: [...path, key], problem: `has a field name that ${keyProblem}` };
      const found = findUnstorableText(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}
