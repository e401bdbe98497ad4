'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { FormAlert, FormStatus } from '@/components/forms/field';
import { serverErrors } from '@/components/forms/form-errors';
import { useSchemaForm } from '@/components/forms/use-schema-form';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';
import { selectClassName } from '@/components/ui/select-class-name';
import {
  CHECKLIST_ITEMS,
  CHECKLIST_ITEM_LABELS,
  RANGE_ITEMS,
  publishChecklistSchema,
  type ChecklistItem,
  type PublishChecklist,
} from '@/server/checklist/publish-checklist.schema';

const LEVEL_LABELS = { off: 'Off', recommended: 'Recommended (warns)', required: 'Required (blocks approve and publish)' } as const;
const isRange = (item: ChecklistItem): item is (typeof RANGE_ITEMS)[number] => (RANGE_ITEMS as readonly string[]).includes(item);

/** The admin's pre-publish checklist: per item off, recommended or required, for every section or some. */
export function ChecklistSettings() {
  const trpc = useTRPC();
  const checklist = useQuery(trpc.settings.checklist.queryOptions());
  const options = useQuery(trpc.article.formOptions.queryOptions());
  if (checklist.error) return <FormAlert message={serverErrors(checklist.error).message} />;
  if (!checklist.data || !options.data) return <p className="text-sm text-muted">Loading the checklist…</p>;
  return <ChecklistForm initial={checklist.data} sections={options.data.sections} />;
}

function ChecklistForm({ initial, sections }: { initial: PublishChecklist; sections: { id: string; name: string }[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useSchemaForm(publishChecklistSchema);
  const [status, setStatus] = useState<string | null>(null);
  const update = useMutation(trpc.settings.updateChecklist.mutationOptions());
  const bound = (data: FormData, name: string) => {
    const raw = data.get(name);
    const value = typeof raw === 'string' ? raw.trim() : '';
    return value === '' ? null : Number(value);
  };
  const submit = form.onSubmit(
    (data) =>
      Object.fromEntries(
        CHECKLIST_ITEMS.map((item) => [
          item,
          {
            level: data.get(`${item}.level`),
            sectionIds: data.getAll(`${item}.sectionIds`),
            ...(isRange(item) && { min: bound(data, `${item}.min`), max: bound(data, `${item}.max`) }),
          },
        ]),
      ),
    (input) =>
      update.mutate(input, {
        onSuccess: (saved) => {
          queryClient.setQueryData(trpc.settings.checklist.queryKey(), saved);
          setStatus('Checklist saved.');
        },
        onError: form.showServerError,
      }),
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    setStatus(null);
    submit(event);
  };

  return (
    <section aria-labelledby="checklist-heading" className="space-y-3 rounded-xl border border-line bg-paper p-5">
      <h2 id="checklist-heading" className="text-lg font-semibold">
        Pre-publish checklist
      </h2>
      <p className="text-sm text-muted">
        Required items must be met before an article is approved, scheduled or published (and again when a scheduled article
        goes live: one that no longer meets them is held and its editors told). Recommended items show as warnings on the
        article screen. Limit an item to some sections, or leave them all unticked for every section.
      </p>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <FormAlert message={form.formError} />
        {CHECKLIST_ITEMS.map((item) => {
          const config = initial[item];
          const error = form.fields[item];
          const id = `checklist-${item}`;
          return (
            <fieldset key={item} className="rounded-lg border border-line p-3" aria-describedby={error ? `${id}-error` : undefined}>
              <legend className="px-1 text-sm font-medium">{CHECKLIST_ITEM_LABELS[item]}</legend>
              <div className="flex flex-wrap items-end gap-4">
                <label className="space-y-1 text-sm">
                  <span className="block text-xs text-muted">Level</span>
                  <select name={`${item}.level`} defaultValue={config.level} className={selectClassName} aria-label={`${CHECKLIST_ITEM_LABELS[item]}: level`}>
                    {Object.entries(LEVEL_LABELS).map(([value, label]) => (
                      <option key={value} value={value}>
                        {label}
                      </option>
                    ))}
                  </select>
                </label>
                {'min' in config && (
                  <>
                    <label className="space-y-1 text-sm">
                      <span className="block text-xs text-muted">Minimum</span>
                      <input type="number" min={0} name={`${item}.min`} defaultValue={config.min ?? ''} className="w-24 rounded-md border border-line px-2 py-1.5" aria-label={`${CHECKLIST_ITEM_LABELS[item]}: minimum`} />
                    </label>
                    <label className="space-y-1 text-sm">
                      <span className="block text-xs text-muted">Maximum</span>
                      <input type="number" min={0} name={`${item}.max`} defaultValue={config.max ?? ''} className="w-24 rounded-md border border-line px-2 py-1.5" aria-label={`${CHECKLIST_ITEM_LABELS[item]}: maximum`} />
                    </label>
                  </>
                )}
              </div>
              {sections.length > 0 && (
                <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                  <span className="text-xs text-muted">Only in:</span>
                  {sections.map((section) => (
                    <label key={section.id} className="flex items-center gap-1.5">
                      <input type="checkbox" name={`${item}.sectionIds`} value={section.id} defaultChecked={config.sectionIds.includes(section.id)} className="h-4 w-4" />
                      {section.name}
                    </label>
                  ))}
                </div>
              )}
              {error && (
                <p id={`${id}-error`} className="mt-1 text-sm text-danger">
                  {error}
                </p>
              )}
            </fieldset>
          );
        })}
        <div className="flex items-center gap-4">
          <Button type="submit" disabled={update.isPending}>
            {update.isPending ? 'Saving…' : 'Save checklist'}
          </Button>
          <FormStatus message={status} />
        </div>
      </form>
    </section>
  );
}
