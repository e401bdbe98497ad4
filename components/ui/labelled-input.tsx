import { Input } from './input';
import { Label } from './label';

/**
 * A small input with its label shown above it: once filled, a placeholder is gone, and caption, credit and
 * alt text look alike. `context` is the id of what names its group (the fieldset's legend, "Source 2"):
 * the accessible name is that followed by the visible label ("Lead image Caption"), so it still starts
 * from the words on screen and voice-control users can say what they see.
 */
export function LabelledInput({
  id,
  label,
  context,
  placeholder,
  value,
  editable,
  onChange,
}: {
  id: string;
  label: string;
  context: string;
  placeholder?: string;
  value: string;
  editable: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <div className="space-y-1">
      <Label htmlFor={id} id={`${id}-label`} className="text-xs text-muted">
        {label}
      </Label>
      <Input id={id} aria-labelledby={`${context} ${id}-label`} placeholder={placeholder} value={value} readOnly={!editable} onChange={(event) => onChange(event.target.value)} className="h-9" />
    </div>
  );
}
