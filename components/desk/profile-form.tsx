'use client';

import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { describeError } from '@/components/desk/error-message';
import { uploadImageFile } from '@/components/editor/upload-image';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';
import { profileInputSchema, type Profile, type ProfileInput } from '@/server/profile/profile.schema';

type Field = 'name' | 'jobTitle' | 'bio';
type FieldErrors = Partial<Record<Field, string>>;

/** Name, job title, bio and photo, checked with the same schema profile.update checks them with. */
export function ProfileForm({ profile }: { profile: Profile }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [photo, setPhoto] = useState<{ url: string | null; assetId: ProfileInput['photoAssetId'] }>({ url: profile.photoUrl, assetId: undefined });
  const [uploading, setUploading] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const update = useMutation(
    trpc.profile.update.mutationOptions({
      onSuccess: () => {
        setSaved(true);
        router.refresh();
      },
      onError: (error) => {
        // The server's field messages come from the same schema (flattened in server/api/trpc.ts).
        const fields: Partial<Record<Field, string[]>> = error.data?.fieldErrors ?? {};
        setFieldErrors({ name: fields.name?.[0], jobTitle: fields.jobTitle?.[0], bio: fields.bio?.[0] });
        setFormError(describeError(error).message);
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setSaved(false);
    setFormError(null);
    const parsed = profileInputSchema.safeParse({ name: data.get('name'), jobTitle: data.get('jobTitle'), bio: data.get('bio'), photoAssetId: photo.assetId });
    if (!parsed.success) {
      const errors = parsed.error.flatten().fieldErrors;
      setFieldErrors({ name: errors.name?.[0], jobTitle: errors.jobTitle?.[0], bio: errors.bio?.[0] });
      return;
    }
    setFieldErrors({});
    update.mutate(parsed.data);
  }

  async function onPhotoChosen(file: File | undefined) {
    if (!file) return;
    setUploading(true);
    setFormError(null);
    try {
      const image = await uploadImageFile(file);
      setPhoto({ url: image.url, assetId: image.id });
    } catch (caught) {
      setFormError((caught as Error).message);
    } finally {
      setUploading(false);
    }
  }

  const describedBy = (field: Field) => (fieldErrors[field] ? `${field}-error` : undefined);
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-5 rounded-lg border border-line bg-paper p-6">
      {formError && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-danger">
          {formError}
        </p>
      )}
      {saved && (
        <p role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-ok">
          Saved. <Link href={`/authors/${profile.slug}`} className="underline">See your author page</Link>
        </p>
      )}
      <TextField field="name" label="Name" defaultValue={profile.name} error={fieldErrors.name} describedBy={describedBy('name')} autoComplete="name" />
      <TextField field="jobTitle" label="Job title" defaultValue={profile.jobTitle} error={fieldErrors.jobTitle} describedBy={describedBy('jobTitle')} />
      <div className="space-y-1.5">
        <Label htmlFor="bio">Bio</Label>
        <Textarea id="bio" name="bio" defaultValue={profile.bio} rows={5} aria-invalid={Boolean(fieldErrors.bio)} aria-describedby={describedBy('bio') ?? 'bio-hint'} />
        <p id="bio-hint" className="text-xs text-muted">
          Shown on your public author page. Up to 1,000 characters.
        </p>
        {fieldErrors.bio && <FieldError id="bio-error" message={fieldErrors.bio} />}
      </div>
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

function TextField({ field, label, defaultValue, error, describedBy, autoComplete }: { field: Field; label: string; defaultValue: string; error?: string; describedBy?: string; autoComplete?: string }) {
  return (
    <div className="space-y-1.5">
      <Label htmlFor={field}>{label}</Label>
      <Input id={field} name={field} defaultValue={defaultValue} autoComplete={autoComplete} aria-invalid={Boolean(error)} aria-describedby={describedBy} />
      {error && <FieldError id={`${field}-error`} message={error} />}
    </div>
  );
}

function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <p id={id} className="text-sm text-danger">
      {message}
    </p>
  );
}
