'use client';

import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { describedBy } from './field';
import { serverErrors, zodFieldErrors, type FieldErrors } from './form-errors';

/**
 * A form checked in the browser with the procedure's own zod schema, then by the server: field errors
 * from either land beside the same fields, anything else in one sentence above the form.
 */
export function useSchemaForm<Schema extends z.ZodType>(schema: Schema) {
  const [fields, setFields] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  /** The input the procedure takes, or null once the form shows what is wrong. */
  const validate = (values: Record<string, unknown>): z.output<Schema> | null => {
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      setFields(zodFieldErrors(parsed.error));
      setFormError('Some fields need attention.');
      return null;
    }
    setFields({});
    setFormError(null);
    return parsed.data;
  };
  return {
    fields,
    formError,
    validate,
    /**
     * The form's submit handler: reads its values, checks them, and hands the input on with the form
     * element (to reset it after a success). Nothing is sent while a field is wrong.
     */
    onSubmit:
      (values: (data: FormData) => Record<string, unknown>, send: (input: z.output<Schema>, form: HTMLFormElement) => void) =>
      (event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        const element = event.currentTarget;
        const input = validate(values(new FormData(element)));
        if (input) send(input, element);
      },
    /** What ties a control to its field: its id and name, and its error (and hint) for screen readers. */
    control: (name: string, id: string, { hint = false } = {}) => ({
      id,
      name,
      'aria-invalid': Boolean(fields[name]),
      'aria-describedby': describedBy(id, fields[name], hint ? 'hint' : undefined),
    }),
    showServerError: (error: unknown) => {
      const { fields: serverFields, message } = serverErrors(error);
      setFields(serverFields);
      setFormError(message);
    },
  };
}
