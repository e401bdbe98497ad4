import type { ReactNode } from 'react';
import { Label } from '@/components/ui/label';

/**
 * A labelled form field with its hint and error. The control gets `id`, `aria-describedby` and
 * `aria-invalid` (useSchemaForm's `control()` gives all three), so screen readers read both.
 */
export function Field({ id, label, error, hint, children }: { id: string; label: string; error?: string; hint?: string; children: ReactNode }) {
  return (
    <div className="space-y-1.5">
      <Label htmlFor={id}>{label}</Label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-danger">
          {error}
        </p>
      )}
    </div>
  );
}

export function describedBy(id: string, error?: string, hint?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function FormAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-danger">
      {message}
    </p>
  );
}

export function FormStatus({ message }: { message: string | null }) {
  return (
    <p role="status" className="text-sm text-ok">
      {message}
    </p>
  );
}
