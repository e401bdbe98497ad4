import { describe, expect, it } from 'vitest';
import { newsroomSettings } from '../site/published-articles';
import { actorFor, createStaff } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import { adminSnapshot, callerAs } from './admin-test-support';

const t = withTestDatabase();

describe('newsroom settings', () => {
  it('saves name, time zone and the four-eyes rule, logging before and after', async () => {
    const admin = actorFor(await createStaff(t.db, { role: 'ADMIN' }));
    const api = callerAs(t.db, admin);
    const defaults = await api.settings.get();
    const saved = await api.settings.update({ name: '  The Kyiv Ledger ', timeZone: 'Europe/Kyiv', fourEyesApproval: false, twoFactorRoles: ['ADMIN'] });
    expect(saved).toEqual({ name: 'The Kyiv Ledger', timeZone: 'Europe/Kyiv', fourEyesApproval: false, twoFactorRoles: ['ADMIN'] });
    expect(await newsroomSettings(t.db)).toMatchObject(saved);
    await api.settings.update({ name: 'The Kyiv Ledger', timeZone: 'America/New_York', fourEyesApproval: true, twoFactorRoles: ['ADMIN'] });
    const audit = await t.db.auditEvent.findMany({ where: { action: 'settings.updated' }, orderBy: { id: 'asc' }, select: { actorId: true, targetType: true, targetId: true, before: true, after: true } });
    expect(audit).toEqual([
      { actorId: admin.id, targetType: 'settings', targetId: '1', before: defaults, after: saved },
      { actorId: admin.id, targetType: 'settings', targetId: '1', before: saved, after: { name: 'The Kyiv Ledger', timeZone: 'America/New_York', fourEyesApproval: true, twoFactorRoles: ['ADMIN'] } },
    ]);
  });

  it('saving unchanged settings writes and logs nothing', async () => {
    const api = callerAs(t.db, actorFor(await createStaff(t.db, { role: 'ADMIN' })));
    await api.settings.update({ name: 'Masthead', timeZone: 'UTC', fourEyesApproval: true, twoFactorRoles: ['ADMIN'] });
    const before = await adminSnapshot(t.db);
    await api.settings.update({ name: 'Masthead', timeZone: 'UTC', fourEyesApproval: true, twoFactorRoles: ['ADMIN'] });
    expect(await adminSnapshot(t.db)).toEqual(before);
  });

  it('refuses a time zone Intl does not know, or an empty name, changing nothing', async () => {
    const api = callerAs(t.db, actorFor(await createStaff(t.db, { role: 'ADMIN' })));
    await api.settings.update({ name: 'Masthead', timeZone: 'UTC', fourEyesApproval: true, twoFactorRoles: ['ADMIN'] });
    const before = await adminSnapshot(t.db);
    for (const timeZone of ['Mars/Olympus_Mons', 'europe/london', '', 'Europe']) {
      await expect(api.settings.update({ name: 'Masthead', timeZone, fourEyesApproval: true, twoFactorRoles: ['ADMIN'] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    }
    await expect(api.settings.update({ name: ' ', timeZone: 'UTC', fourEyesApproval: true, twoFactorRoles: ['ADMIN'] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await adminSnapshot(t.db)).toEqual(before);
  });
});
