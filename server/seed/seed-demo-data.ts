import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { hashPassword } from '../auth/password';
import { parseArticleBody } from '../content/article-body';
import { renderArticleBody } from '../content/render-article-body';
import type { Db } from '../db/client';
import { mediaStorage } from '../media/storage';
import { toSlug } from '../text/slug';
import { DEMO_PASSWORD, demoSections, demoStaff, demoTags } from './demo-staff';
import { fixtureArticle } from './fixture-article';

const leadImageFile = path.resolve('prisma/seed-assets/naval-exercise.jpg');
/** Large enough for every crop Google and share cards ask for, at 1200 px wide or more. */
const LEAD_IMAGE_SIZE = { width: 2400, height: 1600 };

/**
 * Demo newsroom: staff for every role, sections, tags, and the fixture article as a published piece.
 * Idempotent: existing rows (matched by email, slug or name) are left as they are, so running it twice,
 * or over edited demo data, changes nothing.
 */
export async function seedDemoData(db: Db): Promise<void> {
  await db.newsroomSettings.upsert({
    where: { id: 1 },
    create: { id: 1, name: 'Masthead Daily', timeZone: 'Europe/Kyiv', fourEyesApproval: true },
    update: {},
  });

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const person of demoStaff) {
    await db.user.upsert({
      where: { email: person.email },
      create: { ...person, slug: toSlug(person.name), passwordHash },
      update: {},
    });
  }

  for (const [position, section] of demoSections.entries()) {
    await db.section.upsert({
      where: { name: section.name },
      create: { ...section, slug: toSlug(section.name), position },
      update: {},
    });
  }

  for (const name of demoTags) {
    await db.tag.upsert({ where: { name }, create: { name, slug: toSlug(name) }, update: {} });
  }

  await seedFixtureArticle(db);
}

async function seedFixtureArticle(db: Db): Promise<void> {
  const article = fixtureArticle;
  if (await db.article.findUnique({ where: { slug: article.slug }, select: { id: true } })) return;

  const body = parseArticleBody(article.body);
  const rendered = renderArticleBody(body);
  const [author, section, tags] = await Promise.all([
    db.user.findFirstOrThrow({ where: { name: article.bylineName } }),
    db.section.findUniqueOrThrow({ where: { name: article.sectionName } }),
    db.tag.findMany({ where: { name: { in: article.tagNames } } }),
  ]);

  const storageKey = `${randomUUID()}.jpg`;
  const imageBytes = await readFile(leadImageFile);
  await mediaStorage().put(storageKey, imageBytes);

  await db.$transaction(async (tx) => {
    const image = await tx.mediaAsset.create({
      data: {
        storageKey,
        mimeType: 'image/jpeg',
        byteSize: imageBytes.byteLength,
        ...LEAD_IMAGE_SIZE,
        credit: article.leadImage.credit,
        originalName: path.basename(leadImageFile),
        // The larger ship: its crops keep it in frame.
        focalX: 0.42,
        focalY: 0.42,
      },
    });
    const created = await tx.article.create({
      data: {
        slug: article.slug,
        headline: article.headline,
        standfirst: article.standfirst,
        body,
        bodyHtml: rendered.html,
        bodyText: rendered.text,
        state: 'PUBLISHED',
        sectionId: section.id,
        leadImageId: image.id,
        leadImageCaption: article.leadImage.caption,
        leadImageCredit: article.leadImage.credit,
        leadImageAlt: article.leadImage.alt,
        publishedAt: article.publishedAt,
        createdById: author.id,
        createdAt: article.publishedAt,
        bylines: { create: [{ position: 0, userId: author.id }] },
        sources: { create: article.sources.map((source, position) => ({ ...source, position })) },
        tags: { create: tags.map((tag) => ({ tagId: tag.id })) },
      },
    });
    await tx.articleEvent.create({
      data: {
        articleId: created.id,
        action: 'seed',
        toState: 'PUBLISHED',
        comment: 'Imported as demo content',
        createdAt: article.publishedAt,
      },
    });
  });
}
