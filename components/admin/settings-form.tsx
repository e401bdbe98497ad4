'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';
import { selectClassName } from '@/components/ui/select-class-name';
import { Input } from '@/components/ui/input';
import { updateSettingsSchema, type Settings } from '@/server/admin/settings.schema';
import { ROLE_LABELS, ROLES } from '@/server/auth/permissions';
import { Field, FormAlert, FormStatus } from '@/components/forms/field';
import { serverErrors } from '@/components/forms/form-errors';
import { useSchemaForm } from '@/components/forms/use-schema-form';

export function SettingsForm({ timeZones }: { timeZones: string[] }) {
  const trpc = useTRPC();
  const settings = useQuery(trpc.settings.get.queryOptions());
  if (settings.error) return <FormAlert message={serverErrors(settings.error).message} />;
  if (!settings.data) return <p className="text-sm text-muted">Loading settings…</p>;
  return <Form initial={settings.data} timeZones={timeZones} />;
}

function Form({ initial, timeZones }: { initial: Settings; timeZones: string[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useSchemaForm(updateSettingsSchema);
  const [status, setStatus] = useState<string | null>(null);
  const update = useMutation(trpc.settings.update.mutationOptions());
  const zones = timeZones.includes(initial.timeZone) ? timeZones : [initial.timeZone, ...timeZones];

  const submit = form.onSubmit(
    (data) => ({
      name: data.get('name'),
      timeZone: data.get('timeZone'),
      fourEyesApproval: data.get('fourEyesApproval') === 'on',
      twoFactorRoles: data.getAll('twoFactorRoles'),
    }),
    (input) =>
      update.mutate(input, {
        onSuccess: (saved) => {
          queryClient.setQueryData(trpc.settings.get.queryKey(), saved);
          setStatus('Settings saved.');
        },
        onError: form.showServerError,
      }),
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    setStatus(null);
    submit(event);
  };

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-lg space-y-5 rounded-xl border border-line bg-paper p-5">
      <FormAlert message={form.formError} />
      <Field id="settings-name" label="Newsroom name" error={form.fields.name}>
        <Input {...form.control('name', 'settings-name')} defaultValue={initial.name} />
      </Field>
      <Field id="settings-time-zone" label="Time zone" error={form.fields.timeZone} hint="Times in the desk and on the site are shown and entered in this zone.">
        <select
          {...form.control('timeZone', 'settings-time-zone', { hint: true })}
          defaultValue={initial.timeZone}
          className={selectClassName}
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
      </Field>
      <div className="flex items-start gap-3">
        <input
          id="settings-four-eyes"
          name="fourEyesApproval"
          type="checkbox"
          defaultChecked={initial.fourEyesApproval}
          className="mt-1 h-4 w-4"
          aria-describedby="settings-four-eyes-hint"
        />
        <div>
          <label htmlFor="settings-four-eyes" className="text-sm font-medium">
            Four-eyes rule
          </label>
          <p id="settings-four-eyes-hint" className="text-xs text-muted">
            Nobody approves an article they have a byline on: a second person always checks it.
          </p>
        </div>
      </div>
      <fieldset aria-describedby="settings-two-factor-hint">
        <legend className="text-sm font-medium">Two-factor sign-in required for</legend>
        <p id="settings-two-factor-hint" className="text-xs text-muted">
          People in these roles sign in with a code from an authenticator app; those without one set it up before anything else.
        </p>
        <div className="mt-2 flex gap-5">
          {ROLES.map((role) => (
            <label key={role} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="twoFactorRoles" value={role} defaultChecked={initial.twoFactorRoles.includes(role)} className="h-4 w-4" />
              {ROLE_LABELS[role]}s
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex items-center gap-4">
        <Button type="submit" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save settings'}
        </Button>
        <FormStatus message={status} />
      </div>
    </form>
  );
}
