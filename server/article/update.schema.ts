import { z } from 'zod';
import { UPDATE_STATES } from '../workflow/states';
import { articleIdSchema, expectedVersionSchema, slugSchema } from './article.schema';

/** What a public note says it is; readers see the label. */
export const NOTE_KINDS = ['CORRECTION', 'CLARIFICATION', 'UPDATE', 'EDITORS_NOTE'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];
export const NOTE_KIND_LABELS: Record<NoteKind, string> = {
  CORRECTION: 'Correction',
  CLARIFICATION: 'Clarification',
  UPDATE: 'Update',
  EDITORS_NOTE: 'Editor’s note',
};

export const NOTE_TEXT_MAX = 1000;

/** A public note published with an update (the desk's publish dialog validates with it too). */
export const publicNoteSchema = z.object({
  kind: z.enum(NOTE_KINDS),
  text: z.string().trim().min(1, 'Say what the note tells readers.').max(NOTE_TEXT_MAX, `Keep the note under ${NOTE_TEXT_MAX} characters.`),
});
export type PublicNoteInput = z.infer<typeof publicNoteSchema>;

const step = { id: articleIdSchema, expectedVersion: expectedVersionSchema };

/** Approving and publishing a pending update, with a public note or none. */
export const publishUpdateSchema = z.object({ ...step, note: publicNoteSchema.nullable() });

export const removeNoteSchema = z.object({
  noteId: z.string().uuid('Unknown note.'),
  reason: z.string().trim().min(1, 'Give a reason for removing this note.').max(1000),
});

/** A published article's new address: the old one keeps answering, with a 301 to it. */
export const changeSlugSchema = z.object({
  ...step,
  slug: slugSchema.refine((slug) => slug.length > 0, 'Enter the new address.'),
  reason: z.string().trim().min(1, 'Give a reason for changing the address.').max(1000),
});

export const updateResultSchema = z.object({ id: z.string(), updateState: z.enum(UPDATE_STATES).nullable(), version: z.number() });
