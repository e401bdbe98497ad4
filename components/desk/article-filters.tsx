'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { FormEvent } from 'react';
import { Field } from '@/components/forms/field';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { selectClassName } from '@/components/ui/select-class-name';
import { ARTICLE_LIST_PATH, articleListHref } from '@/server/article/article-list-url';
import { ARTICLE_SORTS, ARTICLE_SORT_LABELS, type ArticleListInput } from '@/server/article/article-list.schema';
import { ARTICLE_STATES, STATE_LABELS } from '@/server/workflow/states';

type Option = { id: string; name: string };

/**
 * The list's filters as a plain GET form: it works without JavaScript and from the keyboard (Enter in
 * any field applies). With JavaScript, empty fields are left out of the URL, so shared links stay short.
 */
export function ArticleFilters({
  input,
  sections,
  tags,
  staff,
  timeZone,
}: {
  input: ArticleListInput;
  sections: Option[];
  tags: Option[];
  staff: Option[];
  /** Date ranges are whole days on the newsroom's clock. */
  timeZone: string;
}) {
  const router = useRouter();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => (form.get(name) as string | null) ?? '';
    // The URL names are article-list-url.ts's; a new search starts from the first page.
    router.push(
      articleListHref({
        q: field('q'),
        state: (field('state') || undefined) as ArticleListInput['state'],
        sectionId: field('section'),
        tagId: field('tag'),
        authorId: field('author'),
        dateField: field('date') as ArticleListInput['dateField'],
        from: field('from'),
        to: field('to'),
        sort: field('sort') as ArticleListInput['sort'],
      }),
    );
  };
  return (
    <form method="get" action={ARTICLE_LIST_PATH} onSubmit={onSubmit} role="search" aria-label="Find articles" className="space-y-4 rounded-lg border border-line bg-paper p-4">
      <div className="flex gap-2">
        <label htmlFor="filter-q" className="sr-only">
          Search headline, standfirst and body
        </label>
        <Input id="filter-q" name="q" type="search" defaultValue={input.q ?? ''} placeholder={'Search headline, standfirst and body — "a phrase", -without'} />
        <Button type="submit">Search</Button>
      </div>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Field id="filter-state" label="State">
          <select id="filter-state" name="state" defaultValue={input.state ?? ''} className={selectClassName}>
            <option value="">Any state</option>
            {ARTICLE_STATES.map((state) => (
              <option key={state} value={state}>
                {STATE_LABELS[state]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="filter-section" label="Section">
          <OptionSelect id="filter-section" name="section" value={input.sectionId} any="Any section" options={sections} />
        </Field>
        <Field id="filter-tag" label="Tag">
          <OptionSelect id="filter-tag" name="tag" value={input.tagId} any="Any tag" options={tags} />
        </Field>
        <Field id="filter-author" label="Author (byline)">
          <OptionSelect id="filter-author" name="author" value={input.authorId} any="Anyone" options={staff} />
        </Field>
        <Field id="filter-date" label="Date range applies to">
          <select id="filter-date" name="date" defaultValue={input.dateField ?? 'updated'} className={selectClassName}>
            <option value="updated">Last updated</option>
            <option value="published">First published</option>
          </select>
        </Field>
        <Field id="filter-from" label={`From (${timeZone} day)`}>
          <Input id="filter-from" name="from" type="date" defaultValue={input.from ?? ''} />
        </Field>
        <Field id="filter-to" label={`To (${timeZone} day, included)`}>
          <Input id="filter-to" name="to" type="date" defaultValue={input.to ?? ''} />
        </Field>
        <Field id="filter-sort" label="Sort by">
          <select id="filter-sort" name="sort" defaultValue={input.sort ?? 'updated'} className={selectClassName}>
            {ARTICLE_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {ARTICLE_SORT_LABELS[sort]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="flex items-center gap-4">
        <Button type="submit" variant="secondary" size="sm">
          Apply filters
        </Button>
        <Link href={ARTICLE_LIST_PATH} className="text-sm text-accent hover:underline">
          Clear all
        </Link>
      </div>
    </form>
  );
}

function OptionSelect({ id, name, value, any, options }: { id: string; name: string; value: string | undefined; any: string; options: Option[] }) {
  return (
    <select id={id} name={name} defaultValue={value ?? ''} className={selectClassName}>
      <option value="">{any}</option>
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {option.name}
        </option>
      ))}
    </select>
  );
}
