import { describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import { actorFor, createArticle, createSection, createStaff } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import { adminSnapshot, callerAs } from './admin-test-support';
import type { AuditEntry } from './audit.schema';
import { changeStaffRole } from './change-staff-role';
import { createResetLink } from './create-reset-link';
import { createSection as createSectionOp } from './create-section';
import { deleteSection } from './delete-section';
import { inviteStaff } from './invite-staff';
import { reorderSections } from './reorder-sections';
import { setSectionArchived } from './set-section-archived';
import { setStaffActive } from './set-staff-active';
import { updateSection } from './update-section';
import { updateSettings } from './update-settings';

const t = withTestDatabase();

const at = (iso: string) => new Date(iso);

/** A newsroom with admin events and workflow events at known times (two of them at the same instant). */
async function history() {
  const admin = await createStaff(t.db, { role: 'ADMIN', name: 'Alex Admin' });
  const editor = await createStaff(t.db, { role: 'EDITOR', name: 'Dana Editor' });
  const olha = await createStaff(t.db, { role: 'JOURNALIST', name: 'Olha Reporter' });
  const article = await createArticle(t.db, { authors: [olha], headline: 'Grain corridor reopens' });
  const other = await createArticle(t.db, { authors: [olha], headline: 'Other story' });
  const tie = at('2026-03-02T10:00:00.000Z');
  await t.db.articleEvent.createMany({
    data: [
      { articleId: article.id, actorId: olha.id, action: 'submit', fromState: 'DRAFT', toState: 'IN_REVIEW', createdAt: at('2026-03-01T09:00:00Z') },
      { articleId: article.id, actorId: editor.id, action: 'approve', fromState: 'IN_REVIEW', toState: 'APPROVED', createdAt: tie },
      { articleId: other.id, actorId: olha.id, action: 'submit', fromState: 'DRAFT', toState: 'IN_REVIEW', createdAt: at('2026-03-03T09:00:00Z') },
    ],
  });
  await t.db.auditEvent.createMany({
    data: [
      { actorId: admin.id, action: 'staff.role_changed', targetType: 'user', targetId: olha.id, before: { role: 'JOURNALIST' }, after: { role: 'EDITOR' }, createdAt: tie },
      { actorId: admin.id, action: 'settings.updated', targetType: 'settings', targetId: '1', before: { name: 'A' }, after: { name: 'B' }, createdAt: at('2026-03-04T12:00:00Z') },
      { actorId: admin.id, action: 'staff.role_changed', targetType: 'user', targetId: olha.id, before: { role: 'EDITOR' }, after: { role: 'JOURNALIST' }, createdAt: at('2026-02-28T12:00:00Z') },
    ],
  });
  return { admin, editor, olha, article, api: callerAs(t.db, actorFor(admin)) };
}

const summary = (entries: AuditEntry[]) => entries.map((e) => `${e.source}:${e.action}:${e.createdAt.toISOString().slice(0, 10)}`);

describe('audit.list', () => {
  it('merges admin and workflow events, newest first, with who did it and to what', async () => {
    const { api, olha } = await history();
    const page = await api.audit.list({});
    expect(summary(page.entries)).toEqual([
      'admin:settings.updated:2026-03-04',
      'article:submit:2026-03-03',
      expect.stringMatching(/^(admin:staff.role_changed|article:approve):2026-03-02$/),
      expect.stringMatching(/^(admin:staff.role_changed|article:approve):2026-03-02$/),
      'article:submit:2026-03-01',
      'admin:staff.role_changed:2026-02-28',
    ]);
    const roleChange = page.entries.find((e) => e.action === 'staff.role_changed' && e.createdAt.getUTCDate() === 2);
    expect(roleChange).toMatchObject({ actor: { name: 'Alex Admin' }, targetType: 'user', targetId: olha.id, targetLabel: 'Olha Reporter', before: { role: 'JOURNALIST' }, after: { role: 'EDITOR' } });
    expect(page.entries.find((e) => e.action === 'approve')).toMatchObject({ actor: { name: 'Dana Editor' }, targetType: 'article', targetLabel: 'Grain corridor reopens', fromState: 'IN_REVIEW', toState: 'APPROVED' });
    expect(page.nextCursor).toBeNull();
  });

  it('filters by actor, article, action and date range', async () => {
    const { api, admin, editor, article } = await history();
    expect(summary((await api.audit.list({ actorId: editor.id })).entries)).toEqual(['article:approve:2026-03-02']);
    expect(summary((await api.audit.list({ actorId: admin.id })).entries)).toEqual([
      'admin:settings.updated:2026-03-04',
      'admin:staff.role_changed:2026-03-02',
      'admin:staff.role_changed:2026-02-28',
    ]);
    expect(summary((await api.audit.list({ articleId: article.id })).entries)).toEqual(['article:approve:2026-03-02', 'article:submit:2026-03-01']);
    expect(summary((await api.audit.list({ action: 'staff.role_changed' })).entries)).toEqual([
      'admin:staff.role_changed:2026-03-02',
      'admin:staff.role_changed:2026-02-28',
    ]);
    expect(summary((await api.audit.list({ from: at('2026-03-01T00:00:00Z'), to: at('2026-03-03T00:00:00Z') })).entries)).toHaveLength(3);
    await expect(api.audit.list({ from: at('2026-03-03T00:00:00Z'), to: at('2026-03-01T00:00:00Z') })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('pages through everything with the cursor: nothing lost, nothing twice, ties included', async () => {
    const { api } = await history();
    const all = (await api.audit.list({ limit: 100 })).entries.map((e) => e.id);
    for (const limit of [1, 2, 3, 4]) {
      const seen: string[] = [];
      let cursor: { createdAt: Date; id: string } | null = null;
      for (let pages = 0; pages < 50; pages++) {
        const page: Awaited<ReturnType<typeof api.audit.list>> = await api.audit.list({ limit, cursor });
        expect(page.entries.length).toBeLessThanOrEqual(limit);
        seen.push(...page.entries.map((e) => e.id));
        cursor = page.nextCursor;
        if (!cursor) break;
      }
      expect(seen).toEqual(all);
    }
  });
});

/**
 * "In the same transaction": with the audit insert made to fail, every admin operation must leave the
 * database exactly as it was. (Were the audit written after the change commits, the change would stay.)
 */
describe('every admin change is written together with its audit row, or not at all', () => {
  const failingAudit = (db: Db) =>
    db.$extends({
      query: {
        auditEvent: {
          create: () => Promise.reject(new Error('audit write failed')),
        },
      },
    }) as unknown as Db;

  it('rolls each operation back when its audit row cannot be written', async () => {
    const admin = actorFor(await createStaff(t.db, { role: 'ADMIN' }));
    await createStaff(t.db, { role: 'ADMIN' });
    const target = await createStaff(t.db, { role: 'JOURNALIST' });
    const section = await createSection(t.db);
    const empty = await createSection(t.db);
    const db = failingAudit(t.db);
    const operations: [string, () => Promise<unknown>][] = [
      ['createSection', () => createSectionOp({ db, actor: admin, input: { name: 'New', slug: '', description: '' } })],
      ['updateSection', () => updateSection({ db, actor: admin, input: { sectionId: section.id, name: 'Renamed', slug: 'renamed', description: 'x' } })],
      ['reorderSections', () => reorderSections({ db, actor: admin, sectionIds: [empty.id, section.id] })],
      ['setSectionArchived', () => setSectionArchived({ db, actor: admin, sectionId: section.id, archived: true })],
      ['deleteSection', () => deleteSection({ db, actor: admin, sectionId: empty.id })],
      ['inviteStaff', () => inviteStaff({ db, actor: admin, input: { name: 'New Person', email: 'new@example.test', role: 'EDITOR' } })],
      ['changeStaffRole', () => changeStaffRole({ db, actor: admin, userId: target.id, role: 'EDITOR' })],
      ['setStaffActive', () => setStaffActive({ db, actor: admin, userId: target.id, active: false })],
      ['createResetLink', () => createResetLink({ db, actor: admin, userId: target.id })],
      ['updateSettings', () => updateSettings({ db, actor: admin, input: { name: 'Other', timeZone: 'UTC', fourEyesApproval: false, twoFactorRoles: ['ADMIN'] } })],
    ];
    for (const [name, run] of operations) {
      const before = await adminSnapshot(t.db);
      await expect(run(), name).rejects.toThrow('audit write failed');
      expect(await adminSnapshot(t.db), name).toEqual(before);
    }
  });
});
