import { errorLines, type DescribedError } from '@/components/desk/error-message';

/** A refused step or save: the server's sentence and every problem it listed. */
export function ErrorBox({ error }: { error: DescribedError }) {
  const { message, problems } = errorLines(error);
  return (
    <div role="alert" className="mt-3 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-danger">
      <p>{message}</p>
      {problems.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
