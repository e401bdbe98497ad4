'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';
import { selectClassName } from '@/components/ui/select-class-name';
import { Dialog } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { inviteStaffSchema, type LinkDelivery, type ResetLink, type StaffRow } from '@/server/admin/staff.schema';
import { ROLE_LABELS, ROLES, type Role } from '@/server/auth/permissions';
import { Field, FormAlert, FormStatus } from '@/components/forms/field';
import { serverErrors } from '@/components/forms/form-errors';
import { useSchemaForm } from '@/components/forms/use-schema-form';
import { SetPasswordLink } from './set-password-link';
import { TableHead } from '@/components/ui/table-head';
import { useAdminOutcome } from './use-admin-outcome';

/** `emailsLinks`: an SMTP server is configured, so set-password links are also emailed. */
export function StaffAdmin({ currentUserId, emailsLinks }: { currentUserId: string; emailsLinks: boolean }) {
  const trpc = useTRPC();
  const staff = useQuery(trpc.staff.list.queryOptions());
  const { status, error, succeeded: refresh, said, failed: onError } = useAdminOutcome(trpc.staff.list.queryKey());
  const [shownLink, setShownLink] = useState<{ link: ResetLink; delivery: LinkDelivery; name: string } | null>(null);
  const [confirming, setConfirming] = useState<StaffRow | null>(null);

  const setActive = useMutation(
    trpc.staff.setActive.mutationOptions({
      onSuccess: (row) => {
        setConfirming(null);
        return refresh(row.active ? `${row.name} is active again. They sign in with their password.` : `${row.name} is deactivated and signed out everywhere.`);
      },
      onError: (caught) => {
        setConfirming(null);
        onError(caught);
      },
    }),
  );
  const resetLink = useMutation(trpc.staff.createResetLink.mutationOptions({ onError }));
  const endSessions = useMutation(trpc.staff.endSessions.mutationOptions({ onError }));

  return (
    <div className="space-y-8">
      <InviteForm
        emailsLinks={emailsLinks}
        onInvited={(result) => {
          setShownLink({ link: result.link, delivery: result.delivery, name: result.user.name });
          void refresh(`${result.user.name} was added as ${ROLE_LABELS[result.user.role].toLowerCase()}.`);
        }}
      />
      {shownLink && <SetPasswordLink {...shownLink} onDone={() => setShownLink(null)} />}
      <section aria-labelledby="staff-heading" className="space-y-3">
        <h2 id="staff-heading" className="text-lg font-semibold">
          Staff
        </h2>
        <FormAlert message={error} />
        <FormStatus message={status} />
        {staff.isPending && <p className="text-sm text-muted">Loading staff…</p>}
        {staff.error && <FormAlert message={serverErrors(staff.error).message} />}
        {staff.data && (
          <table className="stack-table w-full text-left text-sm">
            <TableHead columns={['Name', 'Email', 'Role', 'Status', { srOnly: 'Actions' }]} />
            <tbody className="divide-y divide-line">
              {staff.data.map((person) => (
                <tr key={person.id} data-testid={`staff-row-${person.email}`}>
                  <td className="py-2 pr-3 align-top font-medium">
                    {person.name}
                    {person.id === currentUserId && <span className="ml-1 text-xs font-normal text-muted">(you)</span>}
                  </td>
                  <td className="py-2 pr-3 align-top">{person.email}</td>
                  <td className="py-2 pr-3 align-top">
                    <RoleChanger person={person} onChanged={(row) => refresh(`${row.name} is now ${ROLE_LABELS[row.role].toLowerCase()}.`)} onError={onError} />
                  </td>
                  <td className="py-2 pr-3 align-top" data-label="Status">{person.active ? 'Active' : 'Deactivated'}</td>
                  <td className="py-2 align-top">
                    <div className="flex flex-wrap gap-1.5 md:justify-end">
                      {person.active && (
                        <Button
                          size="sm"
                          variant="secondary"
                          disabled={resetLink.isPending}
                          aria-label={`New set-password link for ${person.name}`}
                          onClick={() =>
                            resetLink.mutate(
                              { userId: person.id },
                              {
                                onSuccess: ({ link, delivery }) => {
                                  setShownLink({ link, delivery, name: person.name });
                                  said(`New set-password link for ${person.name}; earlier links stop working.`);
                                },
                              },
                            )
                          }
                        >
                          Set-password link
                        </Button>
                      )}
                      {person.active && (
                        <Button
                          size="sm"
                          variant="secondary"
                          disabled={endSessions.isPending}
                          aria-label={`Sign ${person.name} out everywhere`}
                          onClick={() =>
                            endSessions.mutate(
                              { userId: person.id },
                              { onSuccess: ({ ended }) => void refresh(`${person.name} is signed out on ${ended === 1 ? 'one device' : `${ended} devices`}.`) },
                            )
                          }
                        >
                          Sign out everywhere
                        </Button>
                      )}
                      {person.active ? (
                        <Button size="sm" variant="danger" aria-label={`Deactivate ${person.name}`} onClick={() => setConfirming(person)}>
                          Deactivate
                        </Button>
                      ) : (
                        <Button
                          size="sm"
                          variant="secondary"
                          aria-label={`Reactivate ${person.name}`}
                          disabled={setActive.isPending}
                          onClick={() => setActive.mutate({ userId: person.id, active: true })}
                        >
                          Reactivate
                        </Button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {confirming && (
        <Dialog
          open
          onOpenChange={(open) => !open && setConfirming(null)}
          title={`Deactivate ${confirming.name}?`}
          description="They are signed out everywhere at once and cannot sign in again until reactivated. Their bylines and history stay."
        >
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => setConfirming(null)}>
              Cancel
            </Button>
            <Button type="button" variant="danger" disabled={setActive.isPending} onClick={() => setActive.mutate({ userId: confirming.id, active: false })}>
              {setActive.isPending ? 'Deactivating…' : `Deactivate ${confirming.name}`}
            </Button>
          </div>
        </Dialog>
      )}
    </div>
  );
}

function RoleChanger({ person, onChanged, onError }: { person: StaffRow; onChanged: (row: StaffRow) => Promise<unknown>; onError: (error: unknown) => void }) {
  const trpc = useTRPC();
  const [role, setRole] = useState<Role>(person.role);
  const change = useMutation(trpc.staff.changeRole.mutationOptions({ onSuccess: onChanged, onError: (error) => { setRole(person.role); onError(error); } }));
  const id = `role-${person.id}`;
  return (
    <div className="flex items-center gap-1.5">
      <label htmlFor={id} className="sr-only">
        Role for {person.name}
      </label>
      <select id={id} value={role} onChange={(event) => setRole(event.target.value as Role)} className={`${selectClassName} h-9 w-auto min-w-36`}>
        {ROLES.map((option) => (
          <option key={option} value={option}>
            {ROLE_LABELS[option]}
          </option>
        ))}
      </select>
      {role !== person.role && (
        <Button size="sm" disabled={change.isPending} onClick={() => change.mutate({ userId: person.id, role })}>
          Change role
        </Button>
      )}
    </div>
  );
}

function InviteForm({ onInvited, emailsLinks }: { onInvited: (result: { user: StaffRow; link: ResetLink; delivery: LinkDelivery }) => void; emailsLinks: boolean }) {
  const trpc = useTRPC();
  const form = useSchemaForm(inviteStaffSchema);
  const invite = useMutation(trpc.staff.invite.mutationOptions());

  const onSubmit = form.onSubmit(
    (data) => ({ name: data.get('name'), email: data.get('email'), role: data.get('role') }),
    (input, element) =>
      invite.mutate(input, {
        onSuccess: (result) => {
          element.reset();
          onInvited(result);
        },
        onError: form.showServerError,
      }),
  );

  return (
    <section aria-labelledby="invite-heading" className="rounded-xl border border-line bg-paper p-5">
      <h2 id="invite-heading" className="text-lg font-semibold">
        Add a staff member
      </h2>
      <p className="mt-1 text-sm text-muted">
        {emailsLinks
          ? 'They get an email with a one-time link to set their password; you see the link too.'
          : 'You get a one-time link for them to set their password. No mail server is configured: pass the link on yourself.'}
      </p>
      <form onSubmit={onSubmit} noValidate className="mt-4 grid gap-4 sm:grid-cols-3">
        <div className="sm:col-span-3">
          <FormAlert message={form.formError} />
        </div>
        <Field id="invite-name" label="Name" error={form.fields.name}>
          <Input {...form.control('name', 'invite-name')} autoComplete="off" />
        </Field>
        <Field id="invite-email" label="Email" error={form.fields.email}>
          <Input
            {...form.control('email', 'invite-email')}
            type="email"
            autoComplete="off"
          />
        </Field>
        <Field id="invite-role" label="Role" error={form.fields.role}>
          <select
            {...form.control('role', 'invite-role')}
            defaultValue="JOURNALIST"
            className={selectClassName}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </Field>
        <div>
          <Button type="submit" disabled={invite.isPending}>
            {invite.isPending ? 'Adding…' : 'Add staff member'}
          </Button>
        </div>
      </form>
    </section>
  );
}
