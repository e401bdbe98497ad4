/** An uploaded image, with the caption, credit and copyright its file carried (empty when none). */
export type UploadedImage = { id: string; url: string; width: number | null; height: number | null; caption: string; credit: string; copyright: string };

/** Sends an image to /api/media; resolves to the stored asset, or throws with the server's sentence. */
export async function uploadImageFile(file: File): Promise<UploadedImage> {
  const form = new FormData();
  form.append('file', file);
  const response = await fetch('/api/media', { method: 'POST', body: form });
  const body = (await response.json().catch(() => ({}))) as Partial<UploadedImage> & { error?: string };
  if (!response.ok || !body.id || !body.url) throw new Error(body.error ?? 'The upload failed. Try again.');
  return {
    id: body.id,
    url: body.url,
    width: body.width ?? null,
    height: body.height ?? null,
    caption: body.caption ?? '',
    credit: body.credit ?? '',
    copyright: body.copyright ?? '',
  };
}
