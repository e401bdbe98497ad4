import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { actorFor, createStaff } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import { AppError } from '../errors';
import { createCaller } from './root';
import {
  adminProcedure,
  anonymousProcedure,
  createCallerFactory,
  editorProcedure,
  router,
  staffProcedure,
} from './trpc';

const t = withTestDatabase();

// A router made of the real builders, so their guards are tested exactly as the app's routers use them.
const probeRouter = router({
  anyone: anonymousProcedure.input(z.void()).query(() => 'ok'),
  staff: staffProcedure.input(z.void()).query(({ ctx }) => ctx.actor.id),
  editor: editorProcedure.input(z.void()).query(() => 'ok'),
  admin: adminProcedure.input(z.void()).query(() => 'ok'),
  failsInDomain: anonymousProcedure.input(z.void()).query(() => {
    throw new AppError('PRECONDITION_FAILED', 'Not ready to publish', { problems: ['Add a section'] });
  }),
  validates: anonymousProcedure.input(z.object({ headline: z.string().min(1, 'Add a headline') })).query(() => 'ok'),
});
const probe = createCallerFactory(probeRouter);

async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return 'OK';
  } catch (error) {
    return error instanceof TRPCError ? error.code : 'NOT_A_TRPC_ERROR';
  }
}

describe('procedure builders read the one permission table', () => {
  it('lets each role through exactly the doors the table gives it', async () => {
    const journalist = actorFor(await createStaff(t.db, { role: 'JOURNALIST' }));
    const editor = actorFor(await createStaff(t.db, { role: 'EDITOR' }));
    const admin = actorFor(await createStaff(t.db, { role: 'ADMIN' }));
    const results: Record<string, string[]> = {};
    for (const [name, actor] of [['anonymous', null], ['journalist', journalist], ['editor', editor], ['admin', admin]] as const) {
      const caller = probe({ db: t.db, actor });
      results[name] = [
        await codeOf(caller.anyone()),
        await codeOf(caller.staff()),
        await codeOf(caller.editor()),
        await codeOf(caller.admin()),
      ];
    }
    expect(results).toEqual({
      anonymous: ['OK', 'UNAUTHORIZED', 'UNAUTHORIZED', 'UNAUTHORIZED'],
      journalist: ['OK', 'OK', 'FORBIDDEN', 'FORBIDDEN'],
      editor: ['OK', 'OK', 'OK', 'FORBIDDEN'],
      admin: ['OK', 'OK', 'OK', 'OK'],
    });
  });

  it('maps a domain AppError to the matching tRPC code, keeping its message and problems', async () => {
    const error = await probe({ db: t.db, actor: null })
      .failsInDomain()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TRPCError);
    expect(error).toMatchObject({ code: 'PRECONDITION_FAILED', message: 'Not ready to publish' });
  });

  it('rejects invalid input with BAD_REQUEST', async () => {
    expect(await codeOf(probe({ db: t.db, actor: null }).validates({ headline: '' }))).toBe('BAD_REQUEST');
  });
});

describe('session.me', () => {
  it('is null when signed out and lists permissions when signed in', async () => {
    expect(await createCaller({ db: t.db, actor: null }).session.me()).toBeNull();
    const editor = actorFor(await createStaff(t.db, { role: 'EDITOR' }));
    const me = await createCaller({ db: t.db, actor: editor }).session.me();
    expect(me).toMatchObject({ id: editor.id, role: 'EDITOR' });
    expect(me?.permissions).toContain('article.publish');
    expect(me?.permissions).not.toContain('staff.manage');
  });
});
