type DiffField = { field: string; parts: { value: string; change: 'added' | 'removed' | 'same' }[] };

/** A word-level comparison: removed words struck through in red, added ones highlighted in green. */
export function WordDiff({ fields, onlyChanged = false }: { fields: DiffField[]; onlyChanged?: boolean }) {
  const shown = onlyChanged ? fields.filter((field) => field.parts.some((part) => part.change !== 'same')) : fields;
  return (
    <div className="space-y-4 text-sm">
      {shown.map((field) => (
        <div key={field.field}>
          <h3 className="font-medium">{field.field}</h3>
          <p className="mt-1 whitespace-pre-wrap font-serif">
            {field.parts.map((part, index) =>
              part.change === 'added' ? (
                <ins key={index} className="bg-green-100 no-underline">
                  {part.value}
                </ins>
              ) : part.change === 'removed' ? (
                <del key={index} className="bg-red-100">
                  {part.value}
                </del>
              ) : (
                <span key={index}>{part.value}</span>
              ),
            )}
          </p>
        </div>
      ))}
    </div>
  );
}
