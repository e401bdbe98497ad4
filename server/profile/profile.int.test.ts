import { TRPCError } from '@trpc/server';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { actorFor, createArticle, createStaff } from '../../test/factories';
import { withTemporaryDataDir } from '../../test/integration/temporary-data-dir';
import { withTestDatabase } from '../../test/integration/test-database';
import { createCaller } from '../api/root';
import type { Actor } from '../auth/actor';
import { uploadImage } from '../media/upload-image';
import { findAuthor } from '../site/site-pages';

const t = withTestDatabase();
withTemporaryDataDir();
const as = (actor: Actor | null) => createCaller({ db: t.db, actor });

const image = (format: 'jpeg' | 'gif') => sharp({ create: { width: 40, height: 40, channels: 3, background: '#456' } })[format]().toBuffer();

async function failure(call: Promise<unknown>): Promise<TRPCError> {
  const error = await call.then(() => null, (caught: unknown) => caught);
  if (!(error instanceof TRPCError)) throw new Error('expected a TRPCError');
  return error;
}

const profileRow = (id: string) => t.db.user.findUniqueOrThrow({ where: { id }, select: { name: true, jobTitle: true, bio: true, photoUrl: true } });

describe('profile', () => {
  it('a staff member edits their own name, job title, bio and photo; the author page shows them; the change is audited', async () => {
    const olha = actorFor(await createStaff(t.db, { name: 'Olha H' }));
    const photo = await uploadImage(t.db, { actor: olha, bytes: await image('jpeg') });
    const saved = await as(olha).profile.update({ name: '  Olha Hlushchenko ', jobTitle: 'Defence correspondent', bio: 'Reports on defence.', photoAssetId: photo.id });
    expect(saved).toMatchObject({ name: 'Olha Hlushchenko', jobTitle: 'Defence correspondent', bio: 'Reports on defence.', photoUrl: photo.url });
    expect(await as(olha).profile.get()).toEqual(saved);
    await createArticle(t.db, { authors: [olha], state: 'PUBLISHED' }); // an author page needs a live article
    expect(await findAuthor(t.db, saved.slug)).toMatchObject({ name: 'Olha Hlushchenko', bio: 'Reports on defence.', photoUrl: photo.url });
    expect(await t.db.auditEvent.findFirst({ select: { action: true, actorId: true, targetId: true, before: true, after: true } })).toMatchObject({
      action: 'staff.profile_updated',
      actorId: olha.id,
      targetId: olha.id,
      before: { name: 'Olha H', photoUrl: null },
      after: { name: 'Olha Hlushchenko', photoUrl: photo.url },
    });

    // Omitting the photo keeps it; null removes it.
    await as(olha).profile.update({ name: 'Olha Hlushchenko', jobTitle: '', bio: '' });
    expect((await profileRow(olha.id)).photoUrl).toBe(photo.url);
    await as(olha).profile.update({ name: 'Olha Hlushchenko', jobTitle: '', bio: '', photoAssetId: null });
    expect((await profileRow(olha.id)).photoUrl).toBeNull();
  });

  it('edits only the caller’s own profile, whatever the input says', async () => {
    const olha = actorFor(await createStaff(t.db, { name: 'Olha' }));
    const sam = actorFor(await createStaff(t.db, { name: 'Sam' }));
    const input = { name: 'Hijacked', jobTitle: '', bio: '', userId: sam.id, id: sam.id };
    await as(olha).profile.update(input);
    expect((await profileRow(sam.id)).name).toBe('Sam');
    expect((await profileRow(olha.id)).name).toBe('Hijacked');
    expect(await codeOf(as(null).profile.update({ name: 'Nobody', jobTitle: '', bio: '' }))).toBe('UNAUTHORIZED');
    expect(await codeOf(as(null).profile.get())).toBe('UNAUTHORIZED');
  });

  it('refuses invalid fields and unusable photos, and changes nothing', async () => {
    const olha = actorFor(await createStaff(t.db, { name: 'Olha' }));
    const sam = actorFor(await createStaff(t.db, { name: 'Sam' }));
    const before = await profileRow(olha.id);
    const invalid = await failure(as(olha).profile.update({ name: '   ', jobTitle: 'x'.repeat(101), bio: 'x'.repeat(1001) }));
    expect(invalid.code).toBe('BAD_REQUEST');
    // The shared schema's messages, field by field (what the form shows; see server/api/trpc.ts).
    expect(invalid.cause instanceof ZodError && invalid.cause.flatten().fieldErrors).toEqual({
      name: ['Enter your name.'],
      jobTitle: ['Keep the job title under 100 characters.'],
      bio: ['Keep the bio under 1,000 characters.'],
    });

    const samsPhoto = await uploadImage(t.db, { actor: sam, bytes: await image('jpeg') });
    const gif = await uploadImage(t.db, { actor: olha, bytes: await image('gif') });
    const large = await uploadImage(t.db, { actor: olha, bytes: await image('jpeg') });
    await t.db.mediaAsset.update({ where: { id: large.id }, data: { byteSize: 6 * 1024 * 1024 } });
    const update = (photoAssetId: string) => failure(as(olha).profile.update({ name: 'Olha', jobTitle: '', bio: '', photoAssetId }));
    expect((await update(samsPhoto.id)).message).toBe('The photo is missing; upload it again.');
    expect((await update('0196f1c2-7b3a-7cc1-9d2e-1f2a3b4c5d6e')).message).toBe('The photo is missing; upload it again.');
    expect((await update(gif.id)).message).toBe('Use a JPEG, PNG or WebP photo.');
    expect((await update(large.id)).message).toBe('The photo is too large; the limit is 5 MB.');
    expect(await profileRow(olha.id)).toEqual(before);
    expect(await t.db.auditEvent.count()).toBe(0);
  });
});

async function codeOf(call: Promise<unknown>): Promise<string> {
  return call.then(() => 'OK', (error: unknown) => (error instanceof TRPCError ? error.code : String(error)));
}
