import type { Db } from '../../server/db/client';
import type { ArticleState } from '../../server/workflow/states';

/**
 * A complete article by Olha in World, made directly in the database in the given state (the workflow
 * has its own tests), for journeys that start from a piece already through review.
 */
export async function readyArticle(db: Db, headline: string, plan: { state?: ArticleState; publishAt?: Date } = {}) {
  const [olha, world] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { email: 'olha@example.com' } }),
    db.section.findUniqueOrThrow({ where: { name: 'World' } }),
  ]);
  return db.article.create({
    data: {
      slug: `ready-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`,
      headline,
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Scheduled copy.' }] }] },
      bodyHtml: '<p>Scheduled copy.</p>',
      bodyText: 'Scheduled copy.',
      state: plan.state ?? 'APPROVED',
      publishAt: plan.publishAt ?? null,
      sectionId: world.id,
      bylines: { create: [{ position: 0, userId: olha.id }] },
    },
  });
}

/** Kyiv wall-clock time (the demo newsroom's zone) of an instant, as the date-time picker takes it. */
export function kyivWallTime(instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Kyiv', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}:${part('second')}`;
}

/** Kyiv wall-clock time `seconds` from now. */
export const kyivDateTime = (seconds: number) => kyivWallTime(new Date(Date.now() + seconds * 1000));
