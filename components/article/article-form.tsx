'use client';

import type { JSONContent } from '@tiptap/core';
import { useState, type ReactNode } from 'react';
import { BodyEditor } from '@/components/editor/body-editor';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';
import { HEADLINE_ADVISED_MAX, type ArticleContentInput } from '@/server/article/article.schema';
import { useKeptCaret } from './collab/use-kept-caret';
import { LeadImageField } from './lead-image-field';
import { BylinesField, SourcesField, TagsField } from './metadata-fields';

export type FormOptions = {
  sections: { id: string; name: string }[];
  tags: { id: string; name: string }[];
  staff: { id: string; name: string }[];
};

/** The article's content, edited in place: text on the left, newsroom metadata beside it. */
export function ArticleForm({
  value,
  onChange,
  editable,
  options,
  initialBody,
  currentSlug,
  leadImageUrl,
  canCreateTags,
  onCreateTag,
  sidebarTop,
  sidebarBottom,
  headlineNote,
  body,
}: {
  value: ArticleContentInput;
  /**
   * Called with a change to apply to the latest content, not a whole new value: a field set after an await
   * (the lead image once its upload ends) must not bring back what the content was when the upload began.
   */
  onChange: (update: (current: ArticleContentInput) => ArticleContentInput) => void;
  editable: boolean;
  options: FormOptions;
  initialBody: JSONContent;
  /** The slug the article has now; shown while the field is left empty (made from the headline). */
  currentSlug: string;
  leadImageUrl: string | null;
  canCreateTags: boolean;
  onCreateTag: (name: string) => Promise<{ id: string; name: string }>;
  sidebarTop?: ReactNode;
  sidebarBottom?: ReactNode;
  /** Shown under the headline (the warning about a headline another article has). */
  headlineNote?: ReactNode;
  /** The body's editor when it is not this form's own (co-editing: the shared document's). */
  body?: ReactNode;
}) {
  const set = <K extends keyof ArticleContentInput>(key: K, next: ArticleContentInput[K]) => onChange((current) => ({ ...current, [key]: next }));
  const headlineLength = value.headline.length;
  const [leadPreview, setLeadPreview] = useState(leadImageUrl);
  const [headlineRef, rememberHeadlineCaret] = useKeptCaret<HTMLInputElement>(value.headline);
  const [standfirstRef, rememberStandfirstCaret] = useKeptCaret<HTMLTextAreaElement>(value.standfirst);

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="space-y-4">
        <div className="space-y-1.5">
          <div className="flex items-baseline justify-between">
            <Label htmlFor="headline">Headline</Label>
            <span className={headlineLength > HEADLINE_ADVISED_MAX ? 'text-xs text-danger' : 'text-xs text-muted'} aria-live="polite">
              {headlineLength}/{HEADLINE_ADVISED_MAX}
              {headlineLength > HEADLINE_ADVISED_MAX && ' — long headlines get cut off in search results'}
            </span>
          </div>
          <Input
            id="headline"
            ref={headlineRef}
            onSelect={rememberHeadlineCaret}
            value={value.headline}
            readOnly={!editable}
            onChange={(event) => {
              rememberHeadlineCaret();
              set('headline', event.target.value);
            }}
            className="h-12 font-serif text-2xl font-bold"
          />
          {headlineNote}
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="standfirst">Standfirst</Label>
          <Textarea
            id="standfirst"
            ref={standfirstRef}
            onSelect={rememberStandfirstCaret}
            value={value.standfirst}
            readOnly={!editable}
            onChange={(event) => {
              rememberStandfirstCaret();
              set('standfirst', event.target.value);
            }}
            className="min-h-20 font-serif text-base"
          />
        </div>
        <div className="space-y-1.5">
          <span className="text-sm font-medium">Body</span>
          {body ?? <BodyEditor initialContent={initialBody} editable={editable} onChange={(next) => set('body', next)} />}
        </div>
      </div>

      <aside className="space-y-5" aria-label="Article details">
        {sidebarTop}
        <div className="space-y-1.5">
          <Label htmlFor="section">Section</Label>
          <select
            id="section"
            disabled={!editable}
            value={value.sectionId ?? ''}
            onChange={(event) => set('sectionId', event.target.value || null)}
            className="h-10 w-full rounded-md border border-line bg-paper px-2 text-sm"
          >
            <option value="">Choose a section…</option>
            {options.sections.map((section) => (
              <option key={section.id} value={section.id}>
                {section.name}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="slug">Slug</Label>
          <Input
            id="slug"
            value={value.slug}
            readOnly={!editable}
            placeholder={currentSlug}
            aria-describedby="slug-hint"
            onChange={(event) => set('slug', event.target.value.toLowerCase())}
            className="font-mono text-xs"
          />
          <p id="slug-hint" className="text-xs text-muted">
            Leave empty to make it from the headline (fixed once published).
          </p>
        </div>
        <LeadImageField
          value={value.leadImage}
          previewUrl={leadPreview}
          editable={editable}
          onChange={(next, url) => {
            setLeadPreview(url);
            set('leadImage', next);
          }}
        />
        <BylinesField value={value.bylines} staff={options.staff} editable={editable} onChange={(next) => set('bylines', next)} />
        <SourcesField value={value.sources} editable={editable} onChange={(next) => set('sources', next)} />
        <TagsField
          value={value.tagIds}
          tags={options.tags}
          editable={editable}
          canCreate={canCreateTags}
          onCreate={onCreateTag}
          onChange={(next) => set('tagIds', next)}
        />
        {sidebarBottom}
      </aside>
    </div>
  );
}
