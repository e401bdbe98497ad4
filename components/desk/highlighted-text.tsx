import type { HighlightedText as Pieces } from '@/server/article/article-list.schema';

/**
 * Search matches in <mark>. The pieces are plain text and React escapes them like any text: markup in an
 * article ("<script>") is shown, never run. No dangerouslySetInnerHTML, on purpose.
 */
export function HighlightedText({ pieces }: { pieces: Pieces }) {
  return (
    <>
      {pieces.map((piece, index) =>
        piece.match ? (
          <mark key={index} className="rounded-sm bg-yellow-200 px-0.5 text-ink">
            {piece.text}
          </mark>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}
