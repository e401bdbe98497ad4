'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import type { ArticleContentInput } from '@/server/article/article.schema';

type Bylines = ArticleContentInput['bylines'];
type Sources = ArticleContentInput['sources'];

export function BylinesField({
  value,
  staff,
  editable,
  onChange,
}: {
  value: Bylines;
  staff: { id: string; name: string }[];
  editable: boolean;
  onChange: (next: Bylines) => void;
}) {
  const [contributor, setContributor] = useState('');
  const nameOf = (byline: Bylines[number]) =>
    'userId' in byline ? (staff.find((person) => person.id === byline.userId)?.name ?? 'Former staff member') : byline.contributorName;
  const credited = new Set(value.flatMap((byline) => ('userId' in byline ? [byline.userId] : [])));

  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">Bylines</legend>
      <ol className="space-y-1 text-sm">
        {value.map((byline, index) => (
          <li key={index} className="flex items-center justify-between rounded border border-line bg-paper px-2 py-1">
            <span>
              {nameOf(byline)}
              {'contributorName' in byline && <span className="text-muted"> (contributor)</span>}
            </span>
            {editable && (
              <button type="button" className="text-xs text-danger hover:underline" onClick={() => onChange(value.filter((_, i) => i !== index))} aria-label={`Remove ${nameOf(byline)}`}>
                Remove
              </button>
            )}
          </li>
        ))}
      </ol>
      {editable && (
        <>
          <select
            aria-label="Add a staff byline"
            className="h-9 w-full rounded-md border border-line bg-paper px-2 text-sm"
            value=""
            onChange={(event) => event.target.value && onChange([...value, { userId: event.target.value }])}
          >
            <option value="">Add staff…</option>
            {staff.filter((person) => !credited.has(person.id)).map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
          <div className="flex gap-2">
            <Input aria-label="Outside contributor name" placeholder="Outside contributor" value={contributor} onChange={(event) => setContributor(event.target.value)} className="h-9" />
            <Button
              type="button"
              variant="secondary"
              size="sm"
              className="h-9"
              disabled={contributor.trim() === ''}
              onClick={() => {
                onChange([...value, { contributorName: contributor.trim() }]);
                setContributor('');
              }}
            >
              Add
            </Button>
          </div>
        </>
      )}
    </fieldset>
  );
}

export function SourcesField({ value, editable, onChange }: { value: Sources; editable: boolean; onChange: (next: Sources) => void }) {
  const update = (index: number, change: Partial<Sources[number]>) =>
    onChange(value.map((source, i) => (i === index ? { ...source, ...change } : source)));
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">Sources</legend>
      {value.map((source, index) => (
        <div key={index} className="space-y-1 rounded border border-line bg-paper p-2">
          <Input aria-label={`Source ${index + 1} name`} placeholder="e.g. ISW" value={source.name} readOnly={!editable} onChange={(event) => update(index, { name: event.target.value })} className="h-9" />
          <Input aria-label={`Source ${index + 1} link`} placeholder="https://… (optional)" value={source.url ?? ''} readOnly={!editable} onChange={(event) => update(index, { url: event.target.value || null })} className="h-9" />
          {editable && (
            <button type="button" className="text-xs text-danger hover:underline" onClick={() => onChange(value.filter((_, i) => i !== index))}>
              Remove source
            </button>
          )}
        </div>
      ))}
      {editable && (
        <Button type="button" variant="secondary" size="sm" onClick={() => onChange([...value, { name: '', url: null }])}>
          Add source
        </Button>
      )}
    </fieldset>
  );
}

export function TagsField({
  value,
  tags,
  editable,
  onChange,
}: {
  value: string[];
  tags: { id: string; name: string }[];
  editable: boolean;
  onChange: (next: string[]) => void;
}) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">Tags</legend>
      <div className="flex flex-wrap gap-1.5">
        {tags.map((tag) => {
          const checked = value.includes(tag.id);
          return (
            <label key={tag.id} className={`cursor-pointer rounded-full border px-2.5 py-0.5 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent ${checked ? 'border-accent bg-blue-50' : 'border-line'}`}>
              <input
                type="checkbox"
                className="sr-only"
                checked={checked}
                disabled={!editable}
                onChange={() => onChange(checked ? value.filter((id) => id !== tag.id) : [...value, tag.id])}
              />
              {tag.name}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
