import { z } from 'zod';

/** What the co-editing server tells a browser besides the document (COLLAB-CONTRACT: stateless messages). */
const serverMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('access'), mode: z.enum(['read-write', 'read-only']), reason: z.string() }),
  z.object({ type: z.literal('stored'), version: z.number().int(), stateVector: z.base64() }),
  z.object({ type: z.literal('refused'), reason: z.string() }),
]);
export type ServerMessage = z.infer<typeof serverMessageSchema>;
export type Access = { mode: 'read-write' | 'read-only'; reason: string };

/** A message this client understands, or null (another kind, or not JSON): unknown messages are ignored. */
export function parseServerMessage(payload: string): ServerMessage | null {
  try {
    const parsed = serverMessageSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
