import { Input } from './input';
import { Label } from './label';

/**
 * A small input with its label shown above it: once filled, a placeholder is gone, and caption, credit and
 * alt text look alike. `name` is the accessible name when the visible label leans on its group (the
 * fieldset's legend): "Caption" reads as "Lead image caption". It contains the visible words, so voice
 * control users can say what they see.
 */
export function LabelledInput({
  id,
  label,
  name,
  placeholder,
  value,
  editable,
  onChange,
}: {
  id: string;
  label: string;
  name: string;
  placeholder?: string;
  value: string;
  editable: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <div className="space-y-1">
      <Label htmlFor={id} className="text-xs text-muted">
        {label}
      </Label>
      <Input id={id} aria-label={name} placeholder={placeholder} value={value} readOnly={!editable} onChange={(event) => onChange(event.target.value)} className="h-9" />
    </div>
  );
}
