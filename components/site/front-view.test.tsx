import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { FrontPage, FrontTeaser } from '@/server/front/read-front';
import { FrontView } from './front-view';

function teaser(name: string, { pictured }: { pictured: boolean }): FrontTeaser {
  return {
    id: name,
    slug: name,
    headline: `Story ${name}`,
    standfirst: '',
    section: null,
    bylines: [],
    publishedAt: null,
    pinned: false,
    image: pictured ? { picture: null, url: `/media/${name}.jpg`, width: 1200, height: 800, alt: `Picture ${name}` } : null,
  };
}

/** The pictures of the rendered front, in page order, with how each is asked for. */
function pictures(front: FrontPage) {
  const html = renderToStaticMarkup(<FrontView front={front} timeZone="UTC" heading={null} />);
  return [...html.matchAll(/<img [^>]*>/g)].map(([img]) => ({
    alt: /alt="([^"]*)"/.exec(img)?.[1],
    loading: /loading="([^"]*)"/.exec(img)?.[1],
    fetchPriority: /fetchPriority="([^"]*)"/i.exec(img)?.[1],
  }));
}

describe('FrontView', () => {
  it("fetches the lead's picture at once and every other picture lazily", () => {
    const front = { title: 'Home', lead: teaser('lead', { pictured: true }), top: [teaser('a', { pictured: true }), teaser('b', { pictured: true })], blocks: [] };
    expect(pictures(front)).toEqual([
      { alt: 'Picture lead', loading: 'eager', fetchPriority: 'high' },
      { alt: 'Picture a', loading: 'lazy', fetchPriority: 'auto' },
      { alt: 'Picture b', loading: 'lazy', fetchPriority: 'auto' },
    ]);
  });

  it('with a lead without a picture, fetches the first pictured top story at once instead (the largest thing in view)', () => {
    const front = {
      title: 'Home',
      lead: teaser('lead', { pictured: false }),
      top: [teaser('a', { pictured: false }), teaser('b', { pictured: true }), teaser('c', { pictured: true })],
      blocks: [{ key: '0', title: 'Latest', href: null, stories: [teaser('d', { pictured: true })] }],
    };
    expect(pictures(front)).toEqual([
      { alt: 'Picture b', loading: 'eager', fetchPriority: 'high' },
      { alt: 'Picture c', loading: 'lazy', fetchPriority: 'auto' },
      { alt: 'Picture d', loading: 'lazy', fetchPriority: 'auto' },
    ]);
  });
});
