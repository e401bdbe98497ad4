import { Button } from '@/components/ui/button';

/**
 * A workflow step's button, full width, with the reason it is barred (a four-eyes block) under it and
 * announced with it: the workflow panel and the pending update's panel list their steps with it.
 */
export function StepButton({
  id,
  label,
  primary,
  disabled,
  blockedBecause,
  onClick,
}: {
  id: string;
  label: string;
  primary: boolean;
  disabled: boolean;
  blockedBecause: string | null;
  onClick: () => void;
}) {
  return (
    <div>
      <Button
        className="w-full"
        variant={primary ? 'primary' : 'secondary'}
        disabled={disabled || blockedBecause !== null}
        aria-describedby={blockedBecause ? `blocked-${id}` : undefined}
        onClick={onClick}
      >
        {label}
      </Button>
      {blockedBecause && (
        <p id={`blocked-${id}`} className="mt-1 text-xs text-muted">
          {blockedBecause}
        </p>
      )}
    </div>
  );
}
