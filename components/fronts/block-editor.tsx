'use client';

import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { selectClassName } from '@/components/ui/select-class-name';
import { MAX_BLOCK_COUNT, type FrontBlock } from '@/server/front/front-layout.schema';

type Options = { isHome: boolean; sections: { id: string; name: string }[]; tags: { slug: string; name: string }[] };

/** A block of the front: what it fills itself with, and how many stories. */
export function BlockEditor({ index, total, block, options, onChange, onMove, onRemove }: { index: number; total: number; block: FrontBlock; options: Options; onChange: (block: FrontBlock) => void; onMove: (to: number) => void; onRemove: () => void }) {
  const id = `block-${index}`;
  const name = `Block ${index + 1}`;
  const changeKind = (kind: FrontBlock['kind']) => {
    if (kind === 'section' && options.sections[0]) onChange({ kind, sectionId: options.sections[0].id, count: block.count });
    else if (kind === 'tag' && options.tags[0]) onChange({ kind, tagSlug: options.tags[0].slug, count: block.count });
    else if (kind === 'latest') onChange({ kind, count: block.count });
  };
  return (
    <li aria-label={name} className="rounded-md border border-line bg-paper p-3" data-testid={id}>
      <div className="grid gap-3 sm:grid-cols-[1fr_1fr_6rem]">
        <div className="space-y-1.5">
          <Label htmlFor={`${id}-kind`}>{name}: kind</Label>
          <select id={`${id}-kind`} className={selectClassName} value={block.kind} onChange={(event) => changeKind(event.target.value as FrontBlock['kind'])}>
            <option value="latest">Latest</option>
            {options.isHome && <option value="section">Section</option>}
            <option value="tag">Tag</option>
          </select>
        </div>
        {block.kind === 'section' && (
          <div className="space-y-1.5">
            <Label htmlFor={`${id}-section`}>Section</Label>
            <select id={`${id}-section`} className={selectClassName} value={block.sectionId} onChange={(event) => onChange({ ...block, sectionId: event.target.value })}>
              {options.sections.map((section) => (
                <option key={section.id} value={section.id}>
                  {section.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {block.kind === 'tag' && (
          <div className="space-y-1.5">
            <Label htmlFor={`${id}-tag`}>Tag</Label>
            <select id={`${id}-tag`} className={selectClassName} value={block.tagSlug} onChange={(event) => onChange({ ...block, tagSlug: event.target.value })}>
              {options.tags.map((tag) => (
                <option key={tag.slug} value={tag.slug}>
                  {tag.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {block.kind === 'latest' && <div className="hidden sm:block" />}
        <div className="space-y-1.5">
          <Label htmlFor={`${id}-count`}>Stories</Label>
          <Input
            id={`${id}-count`}
            type="number"
            min={1}
            max={MAX_BLOCK_COUNT}
            value={block.count}
            onChange={(event) => onChange({ ...block, count: Math.min(MAX_BLOCK_COUNT, Math.max(1, Number(event.target.value) || 1)) })}
          />
        </div>
      </div>
      <div className="mt-3 flex gap-1">
        <Button type="button" size="sm" variant="secondary" disabled={index === 0} onClick={() => onMove(index - 1)} aria-label={`Move ${name} up`}>
          ↑
        </Button>
        <Button type="button" size="sm" variant="secondary" disabled={index === total - 1} onClick={() => onMove(index + 1)} aria-label={`Move ${name} down`}>
          ↓
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={onRemove}>
          Remove {name.toLowerCase()}
        </Button>
      </div>
    </li>
  );
}
