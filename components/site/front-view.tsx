import Link from 'next/link';
import { ResponsivePicture } from '@/components/site/responsive-picture';
import type { FrontPage, FrontTeaser } from '@/server/front/read-front';
import { formatNewsroomTime } from '@/server/text/newsroom-time';

// The site's column is max-w-5xl (64rem): the lead image takes two thirds of it on wide screens.
const LEAD_SIZES = '(min-width: 64rem) 42rem, (min-width: 48rem) 66vw, 100vw';
const TOP_SIZES = '(min-width: 64rem) 15rem, (min-width: 40rem) 50vw, 100vw';
const BLOCK_SIZES = '(min-width: 64rem) 20rem, (min-width: 40rem) 33vw, 100vw';

/**
 * A front as readers see it: the lead story large, the top stories in a row, then each block. The image of
 * a teaser is not a link of its own (one link per story for screen readers); the headline's link covers the
 * whole teaser instead. Only the first picture is fetched at once, at high priority: the lead's, or when
 * the lead has none, the first top story's (then the largest thing in view, what LCP measures). The others
 * wait until they near the view.
 */
export function FrontView({ front, timeZone, heading }: { front: FrontPage; timeZone: string; heading: React.ReactNode }) {
  if (!front.lead) return <>{heading}<p className="mt-6 text-muted">Nothing published here yet.</p></>;
  const firstPicturedTop = front.lead.image ? null : front.top.find((teaser) => teaser.image);
  return (
    <div className="space-y-10">
      {heading}
      <article className="relative grid gap-5 md:grid-cols-3" data-testid="front-lead">
        {front.lead.image && (
          <div className="md:col-span-2">
            <TeaserImage image={front.lead.image} sizes={LEAD_SIZES} priority />
          </div>
        )}
        <div className={front.lead.image ? '' : 'md:col-span-3'}>
          <SectionLabel teaser={front.lead} />
          <h2 className="mt-1 font-serif text-3xl font-bold leading-tight md:text-4xl">
            <StoryLink teaser={front.lead} />
          </h2>
          {front.lead.standfirst && <p className="mt-3 text-lg text-muted">{front.lead.standfirst}</p>}
          <Byline teaser={front.lead} timeZone={timeZone} />
        </div>
      </article>
      {front.top.length > 0 && (
        <section aria-label="Top stories" className="grid gap-6 border-t border-line pt-6 sm:grid-cols-2 lg:grid-cols-4" data-testid="front-top">
          {front.top.map((teaser) => (
            <SmallTeaser key={teaser.id} teaser={teaser} sizes={TOP_SIZES} timeZone={timeZone} priority={teaser === firstPicturedTop} />
          ))}
        </section>
      )}
      {front.blocks.map((block) => (
        <section key={block.key} aria-labelledby={`block-${block.key}`} className="border-t-2 border-ink pt-3">
          <h2 id={`block-${block.key}`} className="text-sm font-semibold uppercase tracking-wide">
            {block.href ? <Link href={block.href} className="hover:underline">{block.title}</Link> : block.title}
          </h2>
          <div className="mt-4 grid gap-6 sm:grid-cols-3">
            {block.stories.map((teaser) => (
              <SmallTeaser key={teaser.id} teaser={teaser} sizes={BLOCK_SIZES} timeZone={timeZone} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}

function SmallTeaser({ teaser, sizes, timeZone, priority = false }: { teaser: FrontTeaser; sizes: string; timeZone: string; priority?: boolean }) {
  return (
    <article className="relative">
      {teaser.image && <TeaserImage image={teaser.image} sizes={sizes} priority={priority} />}
      <SectionLabel teaser={teaser} />
      <h3 className="mt-1 font-serif text-lg font-bold leading-snug">
        <StoryLink teaser={teaser} />
      </h3>
      <Byline teaser={teaser} timeZone={timeZone} />
    </article>
  );
}

function TeaserImage({ image, sizes, priority = false }: { image: NonNullable<FrontTeaser['image']>; sizes: string; priority?: boolean }) {
  const className = 'mb-2 aspect-[3/2] h-auto w-full rounded object-cover';
  if (image.picture) return <ResponsivePicture picture={image.picture} alt={image.alt} sizes={sizes} priority={priority} className={className} />;
  return (
    // eslint-disable-next-line @next/next/no-img-element -- an image of unknown size: its original, as article pages show it
    <img src={image.url} alt={image.alt} width={image.width ?? undefined} height={image.height ?? undefined} loading={priority ? 'eager' : 'lazy'} fetchPriority={priority ? 'high' : 'auto'} className={className} />
  );
}

/** The headline's link, stretched over its teaser so the picture is clickable too. */
function StoryLink({ teaser }: { teaser: FrontTeaser }) {
  return (
    <Link href={`/articles/${teaser.slug}`} className="hover:underline after:absolute after:inset-0 after:content-['']">
      {teaser.headline}
    </Link>
  );
}

function SectionLabel({ teaser }: { teaser: FrontTeaser }) {
  if (!teaser.section) return null;
  // Above the stretched headline link, so it stays a link of its own.
  return (
    <Link href={`/sections/${teaser.section.slug}`} className="relative z-10 text-xs font-semibold uppercase text-accent hover:underline">
      {teaser.section.name}
    </Link>
  );
}

function Byline({ teaser, timeZone }: { teaser: FrontTeaser; timeZone: string }) {
  return (
    <p className="mt-2 text-sm text-muted">
      {teaser.bylines.map((byline) => byline.name).join(', ')}
      {teaser.publishedAt && <> · {formatNewsroomTime(teaser.publishedAt, timeZone)}</>}
    </p>
  );
}
