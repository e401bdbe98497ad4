import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HighlightedText } from './highlighted-text';

describe('HighlightedText', () => {
  it('marks matches and escapes everything else, markup included', () => {
    const html = renderToStaticMarkup(
      <HighlightedText
        pieces={[
          { text: '<script>alert(1)</script> ', match: false },
          { text: 'Convoy', match: true },
          { text: ' <img src=x onerror=alert(1)> & more', match: false },
        ]}
      />,
    );
    expect(html).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; <mark class="rounded-sm bg-yellow-200 px-0.5 text-ink">Convoy</mark> &lt;img src=x onerror=alert(1)&gt; &amp; more',
    );
  });
});
