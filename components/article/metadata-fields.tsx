'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { LabelledInput } from '@/components/ui/labelled-input';
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
              <span className="flex gap-2 text-xs">
                {index > 0 && (
                  <button type="button" className="hover:underline" aria-label={`Move ${nameOf(byline)} up`} onClick={() => onChange(moveUp(value, index))}>
                    ↑
                  </button>
                )}
                <button type="button" className="text-danger hover:underline" onClick={() => onChange(value.filter((_, i) => i !== index))} aria-label={`Remove ${nameOf(byline)}`}>
                  Remove
                </button>
              </span>
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

/** Byline order is credit order: the first name is the lead author. */
function moveUp<T>(items: T[], index: number): T[] {
  const next = [...items];
  [next[index - 1], next[index]] = [next[index]!, next[index - 1]!];
  return next;
}

export function SourcesField({ value, editable, onChange }: { value: Sources; editable: boolean; onChange: (next: Sources) => void }) {
  const update = (index: number, change: Partial<Sources[number]>) =>
    onChange(value.map((source, i) => (i === index ? { ...source, ...change } : source)));
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">Sources</legend>
      {value.map((source, index) => (
        <div key={index} className="space-y-1 rounded border border-line bg-paper p-2">
          <span id={`source-${index}`} className="sr-only">
            Source {index + 1}
          </span>
          <LabelledInput id={`source-${index}-name`} label="Name" context={`source-${index}`} placeholder="e.g. ISW" value={source.name} editable={editable} onChange={(name) => update(index, { name })} />
          <LabelledInput id={`source-${index}-link`} label="Link (optional)" context={`source-${index}`} placeholder="https://…" value={source.url ?? ''} editable={editable} onChange={(url) => update(index, { url: url || null })} />
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

/**
 * Tags as chips with a typeahead: type, pick with the arrow keys and Enter. Editors may create a tag that
 * does not exist yet; journalists choose from the existing ones.
 */
export function TagsField({
  value,
  tags,
  editable,
  canCreate,
  onCreate,
  onChange,
}: {
  value: string[];
  tags: { id: string; name: string }[];
  editable: boolean;
  canCreate: boolean;
  onCreate: (name: string) => Promise<{ id: string; name: string }>;
  onChange: (next: string[]) => void;
}) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [known, setKnown] = useState(tags);
  const chosen = value.map((id) => known.find((tag) => tag.id === id)).filter((tag) => tag !== undefined);
  const needle = query.trim().toLowerCase();
  const matches = needle ? known.filter((tag) => !value.includes(tag.id) && tag.name.toLowerCase().includes(needle)).slice(0, 8) : [];
  const exact = known.some((tag) => tag.name.toLowerCase() === needle);
  const options: { key: string; label: string; pick: () => void }[] = [
    ...matches.map((tag) => ({ key: tag.id, label: tag.name, pick: () => onChange([...value, tag.id]) })),
    ...(canCreate && needle && !exact
      ? [
          {
            key: 'create',
            label: `Create tag “${query.trim()}”`,
            pick: () => {
              void onCreate(query.trim()).then((tag) => {
                setKnown((current) => (current.some((t) => t.id === tag.id) ? current : [...current, tag]));
                onChange([...value, tag.id]);
              });
            },
          },
        ]
      : []),
  ];
  const choose = (index: number) => {
    options[index]?.pick();
    setQuery('');
    setActive(0);
  };

  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">Tags</legend>
      <ul className="flex flex-wrap gap-1.5" aria-label="Chosen tags">
        {chosen.map((tag) => (
          <li key={tag.id} className="flex items-center gap-1 rounded-full border border-accent bg-blue-50 px-2.5 py-0.5 text-sm">
            {tag.name}
            {editable && (
              <button type="button" aria-label={`Remove tag ${tag.name}`} className="text-muted hover:text-danger" onClick={() => onChange(value.filter((id) => id !== tag.id))}>
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {editable && (
        <div className="relative">
          <Input
            role="combobox"
            aria-label="Add a tag"
            aria-expanded={options.length > 0}
            aria-controls="tag-options"
            aria-activedescendant={options[active] ? `tag-option-${options[active].key}` : undefined}
            placeholder={canCreate ? 'Find or create a tag…' : 'Find a tag…'}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, options.length - 1));
              else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
              else if (event.key === 'Enter' && options.length > 0) choose(active);
              else if (event.key === 'Escape') setQuery('');
              else return;
              event.preventDefault();
            }}
            className="h-9"
          />
          {options.length > 0 && (
            <ul id="tag-options" role="listbox" aria-label="Tag suggestions" className="absolute z-(--z-dropdown) mt-1 w-full rounded-md border border-line bg-paper py-1 shadow">
              {options.map((option, index) => (
                <li
                  key={option.key}
                  id={`tag-option-${option.key}`}
                  role="option"
                  aria-selected={index === active}
                  className={`cursor-pointer px-3 py-1.5 text-sm ${index === active ? 'bg-wash' : ''}`}
                  onMouseDown={(event) => {
                    event.preventDefault();
                    choose(index);
                  }}
                >
                  {option.label}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </fieldset>
  );
}
