import { isSafeImageSrc, isSafeLinkHref } from './safe-urls';

/** Returns what is wrong with an attribute value, or null when it is acceptable. */
type AttributeRule = (value: unknown) => string | null;

/**
 * Every attribute the shared schema defines, by node or mark name, with the values it may hold. The schema
 * checks node types and nesting but takes any attribute value; the renderer would print a non-string
 * caption as markup and a javascript: href as a live link, so each value is checked here. An attribute
 * missing from this table is refused (fail closed); a unit test keeps the table in step with the schema.
 */
export const ATTRIBUTE_RULES: Record<string, Record<string, AttributeRule>> = {
  heading: {
    level: (value) => (value === 2 || value === 3 ? null : 'Headings must be level 2 or 3 (the headline is the only level 1)'),
  },
  orderedList: {
    start: (value) => (value === null || Number.isSafeInteger(value) ? null : 'A numbered list must start at a whole number'),
    // HTML's own list numbering styles, as pasted lists from Word and Google Docs carry them.
    type: (value) =>
      value === null || ['1', 'a', 'A', 'i', 'I'].includes(value as string) ? null : 'A numbered list has an unknown numbering style',
  },
  figureImage: {
    src: (value) =>
      typeof value === 'string' && isSafeImageSrc(value)
        ? null
        : `The image “${preview(value)}” is not allowed: images must come from the media library or an https:// address`,
    alt: plainText('An image description'),
    caption: plainText('An image caption'),
    credit: plainText('An image credit'),
  },
  attributedQuote: {
    source: plainText('The source of a quote'),
  },
  link: {
    href: (value) =>
      typeof value === 'string' && isSafeLinkHref(value)
        ? null
        : `The link “${preview(value)}” is not allowed: links must start with https://, http:// or mailto:`,
  },
};

/** What is wrong with this attribute of this node or mark type; an attribute without a rule is refused. */
export function attributeProblem(type: string, name: string, value: unknown): string | null {
  // Own properties only: an attribute called "constructor" must not find Object.prototype.constructor.
  const rules = Object.hasOwn(ATTRIBUTE_RULES, type) ? ATTRIBUTE_RULES[type] : undefined;
  const rule = rules && Object.hasOwn(rules, name) ? rules[name] : undefined;
  return rule ? rule(value) : `“${name}” is not an allowed setting of a “${type}”`;
}

function plainText(what: string): AttributeRule {
  return (value) => (typeof value === 'string' ? null : `${what} must be plain text`);
}

/** Enough of a bad value to find it in the text, with invisible characters made visible. */
function preview(value: unknown): string {
  if (value === null || value === undefined) return '(none)';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const visible = JSON.stringify(text).slice(1, -1);
  return visible.length > 80 ? `${visible.slice(0, 79)}…` : visible;
}
