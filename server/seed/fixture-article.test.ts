import { describe, expect, it } from 'vitest';
import { parseArticleBody } from '../content/article-body';
import { renderArticleBody } from '../content/render-article-body';
import { fixtureArticle } from './fixture-article';

describe('the fixture article is held faithfully', () => {
  const { html, text } = renderArticleBody(parseArticleBody(fixtureArticle.body));

  it('keeps every body paragraph, in order, with its label in bold', () => {
    const paragraphs = [
      '<strong>Details:</strong> Russian Defence Minister Andrei Belousov arrived in China on 14 October for an official visit',
      "Belousov met with Chinese Defence Minister Dong Jun in Beijing on 14 August, where they discussed how bilateral cooperation enhances both nations' defence capabilities",
      'Dong highlighted the mutual interest in further developing military ties',
      "On 14 October, the Russian Defence Ministry published footage of ongoing joint anti-submarine naval exercises between Russian and Chinese People's Liberation Army (PLA) forces",
      '<strong>Details:</strong> Russian forces have experience defending against Ukrainian autonomous naval drone attacks',
      'ISW believes that the PLA might be looking to learn from these experiences',
      `<strong>Background:</strong> Taiwan's Defence Ministry warned that China launched "large-scale military drills" encircling Taiwan`,
    ];
    let from = 0;
    for (const paragraph of paragraphs) {
      const at = html.indexOf(paragraph, from);
      expect(at, paragraph).toBeGreaterThan(-1);
      from = at;
    }
  });

  it('holds the ISW quote as an attributed quote', () => {
    expect(html).toContain(
      '<figure class="attributed-quote"><blockquote><p>"Such joint naval exercises are manifestations of intensified Russia-PRC defence cooperation, as each party can learn valuable lessons from one another during combined exercises, improving interoperability and potentially shaping military doctrine in the future."</p></blockquote><figcaption>Quote from ISW</figcaption></figure>',
    );
  });

  it('keeps the metadata: headline, lede, byline, time, source, image credit', () => {
    expect(fixtureArticle.headline).toBe('Russia and China strengthen defence cooperation – ISW');
    expect(fixtureArticle.standfirst).toMatch(/^Experts from the Institute for the Study of War \(ISW\) have noted/);
    expect(fixtureArticle.bylineName).toBe('Olha Hlushchenko');
    expect(fixtureArticle.publishedAt.toISOString()).toBe('2024-10-15T01:58:00.000Z');
    expect(fixtureArticle.sources).toEqual([{ name: 'ISW', url: 'https://www.understandingwar.org/' }]);
    expect(fixtureArticle.leadImage.credit).toBe('Stock photo: Getty Images');
    expect(text).not.toContain('Support UP');
  });
});
