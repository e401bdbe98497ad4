'use client';

import { useState, type ReactNode } from 'react';

/**
 * A side panel of the article screen that folds to its heading, so the editor decides what the sidebar
 * shows. The heading's button says whether it is open (aria-expanded) and what it controls.
 */
export function FoldingPanel({
  id,
  title,
  defaultOpen = true,
  testId,
  reveal = false,
  children,
}: {
  id: string;
  title: ReactNode;
  defaultOpen?: boolean;
  testId?: string;
  /** Held open while true (the screen needs what is inside: a comment being written on selected words). */
  reveal?: boolean;
  children: ReactNode;
}) {
  const [chosenOpen, setOpen] = useState(defaultOpen);
  const open = chosenOpen || reveal;
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border border-line bg-paper p-4" data-testid={testId}>
      <h2 id={`${id}-heading`} className="text-sm font-semibold">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setOpen(!open)}
          className="flex w-full items-center justify-between gap-2 text-left"
        >
          <span>{title}</span>
          <span aria-hidden="true" className="text-muted">
            {open ? '▾' : '▸'}
          </span>
        </button>
      </h2>
      <div id={`${id}-body`} hidden={!open}>
        {children}
      </div>
    </section>
  );
}
