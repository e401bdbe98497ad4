'use client';

import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { uploadImageFile } from '@/components/editor/upload-image';
import { Field, FormAlert } from '@/components/forms/field';
import { useSchemaForm } from '@/components/forms/use-schema-form';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { profileInputSchema, type Profile, type ProfileInput } from '@/server/profile/profile.schema';

/** Name, job title, bio and photo, checked with the same schema profile.update checks them with. */
export function ProfileForm({ profile }: { profile: Profile }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [photo, setPhoto] = useState<{ url: string | null; assetId: ProfileInput['photoAssetId'] }>({ url: profile.photoUrl, assetId: undefined });
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useSchemaForm(profileInputSchema);
  const update = useMutation(trpc.profile.update.mutationOptions());

  const submit = form.onSubmit(
    (data) => ({ name: data.get('name'), jobTitle: data.get('jobTitle'), bio: data.get('bio'), photoAssetId: photo.assetId }),
    (input) =>
      update.mutate(input, {
        onSuccess: () => {
          setSaved(true);
          router.refresh();
        },
        onError: form.showServerError,
      }),
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    setSaved(false);
    submit(event);
  };

  async function onPhotoChosen(file: File | undefined) {
    if (!file) return;
    setUploading(true);
    setUploadError(null);
    try {
      const image = await uploadImageFile(file);
      setPhoto({ url: image.url, assetId: image.id });
    } catch (caught) {
      setUploadError((caught as Error).message);
    } finally {
      setUploading(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-5 rounded-lg border border-line bg-paper p-6">
      <FormAlert message={form.formError ?? uploadError} />
      {saved && (
        <p role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-ok">
          Saved. <Link href={`/authors/${profile.slug}`} className="underline">See your author page</Link>
        </p>
      )}
      <Field id="name" label="Name" error={form.fields.name}>
        <Input {...form.control('name', 'name')} defaultValue={profile.name} autoComplete="name" />
      </Field>
      <Field id="jobTitle" label="Job title" error={form.fields.jobTitle}>
        <Input {...form.control('jobTitle', 'jobTitle')} defaultValue={profile.jobTitle} />
      </Field>
      <Field id="bio" label="Bio" error={form.fields.bio} hint="Shown on your public author page. Up to 1,000 characters.">
        <Textarea {...form.control('bio', 'bio', { hint: true })} defaultValue={profile.bio} rows={5} />
      </Field>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Photo</legend>
        {photo.url ? (
          // eslint-disable-next-line @next/next/no-img-element -- our own stored file, shown at a fixed size
          <img src={photo.url} alt="Your current photo" width={96} height={96} className="h-24 w-24 rounded-full border border-line object-cover" />
        ) : (
          <p className="text-sm text-muted">No photo yet.</p>
        )}
        <label className="block text-sm">
          <span className="mb-1 block">Upload a photo (JPEG, PNG or WebP, up to 5 MB)</span>
          <input
            type="file"
            accept="image/jpeg,image/png,image/webp"
            disabled={uploading}
            className="block w-full text-sm file:mr-2 file:rounded file:border file:border-line file:bg-paper file:px-2 file:py-1"
            onChange={(event) => void onPhotoChosen(event.target.files?.[0])}
          />
        </label>
        {uploading && <p className="text-sm text-muted">Uploading…</p>}
        {photo.url && (
          <button type="button" className="text-xs text-danger hover:underline" onClick={() => setPhoto({ url: null, assetId: null })}>
            Remove photo
          </button>
        )}
      </fieldset>
      <Button type="submit" disabled={update.isPending || uploading}>
        {update.isPending ? 'Saving…' : 'Save profile'}
      </Button>
    </form>
  );
}
