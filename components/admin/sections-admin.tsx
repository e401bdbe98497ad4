'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { createSectionSchema, updateSectionSchema, type SectionRow } from '@/server/admin/section.schema';
import { Field, FormAlert, FormStatus } from '@/components/forms/field';
import { serverErrors } from '@/components/forms/form-errors';
import { useSchemaForm } from '@/components/forms/use-schema-form';
import { TableHead } from '@/components/ui/table-head';
import { useAdminOutcome } from './use-admin-outcome';

export function SectionsAdmin() {
  const trpc = useTRPC();
  const sections = useQuery(trpc.section.list.queryOptions());
  const [editing, setEditing] = useState<SectionRow | null>(null);
  const { status, error, succeeded: refresh, failed: onError } = useAdminOutcome(trpc.section.list.queryKey());
  const reorder = useMutation(trpc.section.reorder.mutationOptions({ onSuccess: () => refresh('Order saved.'), onError }));
  const archive = useMutation(
    trpc.section.setArchived.mutationOptions({
      onSuccess: (row) => refresh(row.archivedAt ? `“${row.name}” archived.` : `“${row.name}” is back in navigation.`),
      onError,
    }),
  );
  const remove = useMutation(trpc.section.delete.mutationOptions({ onSuccess: () => refresh('Section deleted.'), onError }));

  function move(index: number, by: -1 | 1) {
    const ids = (sections.data ?? []).map((section) => section.id);
    const [moved] = ids.splice(index, 1);
    if (!moved) return;
    ids.splice(index + by, 0, moved);
    reorder.mutate({ sectionIds: ids });
  }

  return (
    <div className="space-y-8">
      <NewSectionForm onCreated={(row) => refresh(`Section “${row.name}” created.`)} />
      <section aria-labelledby="sections-heading" className="space-y-3">
        <h2 id="sections-heading" className="text-lg font-semibold">
          Sections, in navigation order
        </h2>
        <FormAlert message={error} />
        <FormStatus message={status} />
        {sections.isPending && <p className="text-sm text-muted">Loading sections…</p>}
        {sections.error && <FormAlert message={serverErrors(sections.error).message} />}
        {sections.data && sections.data.length === 0 && <p className="text-sm text-muted">No sections yet.</p>}
        {sections.data && sections.data.length > 0 && (
          <table className="stack-table w-full text-left text-sm">
            <TableHead columns={['Section', 'Address', 'Articles', 'Status', { srOnly: 'Actions' }]} />
            <tbody className="divide-y divide-line">
              {sections.data.map((section, index, all) => (
                <tr key={section.id} data-testid={`section-row-${section.slug}`}>
                  <td className="py-2 pr-3 align-top">
                    <span className="font-medium">{section.name}</span>
                    {section.description && <span className="block text-xs text-muted">{section.description}</span>}
                  </td>
                  <td className="py-2 pr-3 align-top" data-label="Address">
                    /sections/{section.slug}
                    {section.formerSlugs.length > 0 && (
                      <span className="block text-xs text-muted">Redirected from: {section.formerSlugs.join(', ')}</span>
                    )}
                  </td>
                  <td className="py-2 pr-3 align-top" data-label="Articles">{section.articleCount}</td>
                  <td className="py-2 pr-3 align-top" data-label="Status">{section.archivedAt ? 'Archived' : 'In navigation'}</td>
                  <td className="py-2 align-top">
                    <div className="flex flex-wrap gap-1.5 md:justify-end">
                      <Button size="sm" variant="ghost" aria-label={`Move ${section.name} up`} disabled={index === 0 || reorder.isPending} onClick={() => move(index, -1)}>
                        ↑
                      </Button>
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-label={`Move ${section.name} down`}
                        disabled={index === all.length - 1 || reorder.isPending}
                        onClick={() => move(index, 1)}
                      >
                        ↓
                      </Button>
                      <Button size="sm" variant="secondary" aria-label={`Edit ${section.name}`} onClick={() => setEditing(section)}>
                        Edit
                      </Button>
                      <Button
                        size="sm"
                        variant="secondary"
                        aria-label={`${section.archivedAt ? 'Unarchive' : 'Archive'} ${section.name}`}
                        disabled={archive.isPending}
                        onClick={() => archive.mutate({ sectionId: section.id, archived: !section.archivedAt })}
                      >
                        {section.archivedAt ? 'Unarchive' : 'Archive'}
                      </Button>
                      {section.articleCount === 0 && (
                        <Button
                          size="sm"
                          variant="danger"
                          aria-label={`Delete ${section.name}`}
                          disabled={remove.isPending}
                          onClick={() => {
                            if (window.confirm(`Delete the empty section “${section.name}”?`)) remove.mutate({ sectionId: section.id });
                          }}
                        >
                          Delete
                        </Button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="text-xs text-muted">
          Sections with articles cannot be deleted, only archived: archiving takes a section out of navigation and the section picker,
          while its page and published articles stay online.
        </p>
      </section>
      {editing && (
        <EditSectionDialog
          section={editing}
          onClose={() => setEditing(null)}
          onSaved={(row) => {
            setEditing(null);
            void refresh(`Section “${row.name}” saved.`);
          }}
        />
      )}
    </div>
  );
}

function NewSectionForm({ onCreated }: { onCreated: (row: SectionRow) => Promise<unknown> }) {
  const trpc = useTRPC();
  const form = useSchemaForm(createSectionSchema);
  const create = useMutation(trpc.section.create.mutationOptions());

  const onSubmit = form.onSubmit(
    (data) => ({ name: data.get('name'), slug: data.get('slug'), description: data.get('description') }),
    (input, element) =>
      create.mutate(input, {
        onSuccess: (row) => {
          element.reset();
          void onCreated(row);
        },
        onError: form.showServerError,
      }),
  );

  return (
    <section aria-labelledby="new-section-heading" className="rounded-xl border border-line bg-paper p-5">
      <h2 id="new-section-heading" className="text-lg font-semibold">
        New section
      </h2>
      <form onSubmit={onSubmit} noValidate className="mt-4 grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <FormAlert message={form.formError} />
        </div>
        <Field id="new-section-name" label="Name" error={form.fields.name}>
          <Input {...form.control('name', 'new-section-name')} />
        </Field>
        <Field id="new-section-slug" label="Address (optional)" error={form.fields.slug} hint="Made from the name when left empty, e.g. “world”.">
          <Input
            {...form.control('slug', 'new-section-slug', { hint: true })}
          />
        </Field>
        <div className="sm:col-span-2">
          <Field id="new-section-description" label="Description" error={form.fields.description}>
            <Textarea
              {...form.control('description', 'new-section-description')}
              rows={2}
            />
          </Field>
        </div>
        <div>
          <Button type="submit" disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create section'}
          </Button>
        </div>
      </form>
    </section>
  );
}

function EditSectionDialog({ section, onClose, onSaved }: { section: SectionRow; onClose: () => void; onSaved: (row: SectionRow) => void }) {
  const trpc = useTRPC();
  const form = useSchemaForm(updateSectionSchema);
  const update = useMutation(trpc.section.update.mutationOptions());

  const onSubmit = form.onSubmit(
    (data) => ({ sectionId: section.id, name: data.get('name'), slug: data.get('slug'), description: data.get('description') }),
    (input) => update.mutate(input, { onSuccess: onSaved, onError: form.showServerError }),
  );

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={`Edit “${section.name}”`} description="Changing the address keeps the old one redirecting to the new one.">
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <FormAlert message={form.formError} />
        <Field id="edit-section-name" label="Name" error={form.fields.name}>
          <Input {...form.control('name', 'edit-section-name')} defaultValue={section.name} />
        </Field>
        <Field id="edit-section-slug" label="Address" error={form.fields.slug} hint="Lower-case letters, digits and hyphens.">
          <Input
            {...form.control('slug', 'edit-section-slug', { hint: true })}
            defaultValue={section.slug}
          />
        </Field>
        <Field id="edit-section-description" label="Description" error={form.fields.description}>
          <Textarea
            {...form.control('description', 'edit-section-description')}
            rows={3}
            defaultValue={section.description}
          />
        </Field>
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" disabled={update.isPending}>
            {update.isPending ? 'Saving…' : 'Save section'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
