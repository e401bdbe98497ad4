import * as Y from 'yjs';
import { z } from 'zod';

/** The longest quote kept with a comment; a longer selection is cut here (the anchor still spans it all). */
export const ANCHOR_QUOTE_MAX = 500;

/**
 * An encoded Y.RelativePosition into the shared document's body, as base64. Checked on the server so a
 * client cannot store something that no other browser could resolve: it must decode, and point at an item
 * or at a named type (the start or end of the body).
 */
export function isEncodedRelativePosition(encoded: string): boolean {
  try {
    const position = Y.decodeRelativePosition(Uint8Array.from(atob(encoded), (char) => char.charCodeAt(0)));
    return position.item !== null || position.tname !== null || position.type !== null;
  } catch {
    return false;
  }
}

const encodedPosition = z
  .string()
  .max(200, 'This text position is not valid.')
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'This text position is not valid.')
  .refine(isEncodedRelativePosition, 'This text position is not valid.');

/** Where a comment sits in the body: from `start` to `end`, with the words it was made on. */
export const commentAnchorSchema = z.object({
  start: encodedPosition,
  end: encodedPosition,
  quote: z.string().trim().min(1, 'Select the words to comment on.').max(ANCHOR_QUOTE_MAX),
});
export type CommentAnchor = z.infer<typeof commentAnchorSchema>;
