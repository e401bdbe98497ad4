import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TagParseRule } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { ATTRIBUTE_RULES } from './attribute-rules';
import { articleSchema } from './body-checks';

/** A stand-in for a pasted DOM element: enough for the parse rules, which read attributes and captions. */
function element(attributes: Record<string, string>, figcaption?: string): HTMLElement {
  return {
    getAttribute: (name: string) => attributes[name] ?? null,
    querySelector: (selector: string) => (selector === 'figcaption' && figcaption !== undefined ? { textContent: figcaption } : null),
  } as unknown as HTMLElement;
}

function parseRule(type: 'link' | 'figureImage' | 'attributedQuote', tag: string) {
  const spec = type === 'link' ? articleSchema.marks.link?.spec : articleSchema.nodes[type]?.spec;
  const rule = spec?.parseDOM?.find((candidate) => (candidate as TagParseRule).tag === tag) as TagParseRule | undefined;
  if (!rule?.getAttrs) throw new Error(`No ${tag} parse rule for ${type}`);
  return rule.getAttrs;
}

describe('the shared extension list', () => {
  it('defines exactly the newsroom toolkit', () => {
    expect(Object.keys(articleSchema.nodes).sort()).toEqual(
      ['attributedQuote', 'bulletList', 'doc', 'figureImage', 'hardBreak', 'heading', 'horizontalRule', 'listItem', 'orderedList', 'paragraph', 'text'].sort(),
    );
    expect(Object.keys(articleSchema.marks).sort()).toEqual(['bold', 'italic', 'link', 'strike']);
  });

  it('has a value rule for every attribute, and no rule for an attribute that does not exist', () => {
    const schemaAttributes = [...Object.values(articleSchema.nodes), ...Object.values(articleSchema.marks)]
      .flatMap((type) => Object.keys(type.spec.attrs ?? {}).map((name) => `${type.name}.${name}`))
      .sort();
    const ruled = Object.entries(ATTRIBUTE_RULES)
      .flatMap(([type, rules]) => Object.keys(rules).map((name) => `${type}.${name}`))
      .sort();
    expect(ruled).toEqual(schemaAttributes);
  });

  it('maps only h2 and h3 from pasted HTML to headings', () => {
    const tags = articleSchema.nodes.heading?.spec.parseDOM?.map((rule) => rule.tag);
    expect(tags).toEqual(['h2', 'h3']);
  });

  it('keeps only the address of a pasted link, and only a safe one', () => {
    const getAttrs = parseRule('link', 'a[href]');
    expect(getAttrs(element({ href: 'https://isw.org', target: '_blank', class: 'gdoc-link', title: 't', style: 'color:red' }))).toEqual({
      href: 'https://isw.org',
    });
    expect(getAttrs(element({ href: 'javascript:alert(1)' }))).toBe(false);
    expect(getAttrs(element({ href: 'file:///C:/doc.docx' }))).toBe(false);
  });

  it('keeps a pasted image only with a safe source, and only its source and description', () => {
    const getAttrs = parseRule('figureImage', 'img[src]');
    expect(getAttrs(element({ src: 'https://lh3.googleusercontent.com/a', alt: '2024', width: '600', style: 'x', caption: 'x' }))).toEqual({
      src: 'https://lh3.googleusercontent.com/a',
      alt: '2024',
    });
    expect(getAttrs(element({ src: 'data:image/png;base64,iVBORw0KGgo=' }))).toBe(false);
    expect(getAttrs(element({ src: 'file:///C:/Users/me/image001.png' }))).toBe(false);
  });

  it('reads the source of a copied attributed quote from its caption', () => {
    const getAttrs = parseRule('attributedQuote', 'figure.attributed-quote');
    expect(getAttrs(element({ source: '2024' }, ' Quote from ISW '))).toEqual({ source: 'ISW' });
  });

  it('can be imported by the browser editor: no Node built-ins, no server modules', () => {
    for (const file of ['extensions.ts', 'figure-image.ts', 'attributed-quote.ts', 'safe-urls.ts']) {
      const source = readFileSync(path.join(import.meta.dirname, file), 'utf8');
      const imports = [...source.matchAll(/from '([^']+)'/g)].map((match) => match[1]);
      expect(imports.filter((name) => name?.startsWith('node:') || name?.startsWith('..')), file).toEqual([]);
    }
  });
});
