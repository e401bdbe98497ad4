import { NextResponse } from 'next/server';
import { can } from '@/server/auth/permissions';
import { currentActor } from '@/server/auth/session';
import { appDb } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { uploadImage } from '@/server/media/upload-image';
import { withInternalErrorsReported } from '@/server/http/route-errors';

/** Image upload (multipart, field "file"). A route handler rather than tRPC: the body is binary. */
export const POST = withInternalErrorsReported(async (request: Request) => {
  const actor = await currentActor();
  if (!actor) return NextResponse.json({ error: 'Please sign in.' }, { status: 401 });
  if (!can(actor.role, 'article.create')) return NextResponse.json({ error: 'Your role cannot upload images.' }, { status: 403 });
  const form = await request.formData().catch(() => null);
  const file = form?.get('file');
  if (!(file instanceof File)) return NextResponse.json({ error: 'Choose an image file to upload.' }, { status: 400 });
  try {
    const image = await uploadImage(appDb(), { actor, bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name });
    return NextResponse.json(image, { status: 201 });
  } catch (error) {
    if (error instanceof AppError) return NextResponse.json({ error: error.message }, { status: 400 });
    throw error;
  }
});
