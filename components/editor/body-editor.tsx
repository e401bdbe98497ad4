'use client';

import type { JSONContent } from '@tiptap/core';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { cn } from '@/components/ui/cn';
import { articleExtensions } from '@/server/content/extensions';
import { isSafeLinkHref } from '@/server/content/safe-urls';
import { collaborativeExtensions, type SharedBody } from './collaborative-extensions';
import { uploadImageFile } from './upload-image';

/**
 * The article body editor: Tiptap with THE shared extension list, so nothing can be typed or pasted here
 * that the server would refuse or the site could not render. With `shared` it edits the shared document
 * (everyone's typing, carets and comments); without, its own copy saved through `onChange`.
 */
export function BodyEditor({
  initialContent,
  editable,
  onChange,
  shared,
  onEditor,
}: {
  /** This editor's own content and where its changes go; unused with `shared` (the document is the content). */
  initialContent?: JSONContent;
  editable: boolean;
  onChange?: (json: JSONContent) => void;
  shared?: SharedBody;
  /** The editor once it exists (the comments beside it select and highlight words through it). */
  onEditor?: (editor: Editor) => void;
}) {
  const editor = useEditor(
    {
      extensions: shared ? collaborativeExtensions(shared) : articleExtensions,
      content: shared ? undefined : initialContent,
      editable,
      immediatelyRender: false,
      editorProps: {
        attributes: {
          class: 'article-body min-h-[24rem] px-4 py-3 font-serif text-lg leading-relaxed focus:outline-none',
          'aria-label': 'Article body',
          'aria-multiline': 'true',
          role: 'textbox',
        },
      },
      onCreate: ({ editor: created }) => onEditor?.(created),
      onUpdate: ({ editor: current }) => {
        onChange?.(current.getJSON());
      },
    },
    [shared?.doc],
  );
  // The server can take the right to write away at any moment (a submission): the editor follows at once.
  useEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);

  return (
    <div className="rounded-lg border border-line bg-paper">
      {editor && editable && <Toolbar editor={editor} />}
      <EditorContent editor={editor} />
    </div>
  );
}

function Toolbar({ editor }: { editor: Editor }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      strike: e.isActive('strike'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      link: e.isActive('link'),
      quote: e.isActive('attributedQuote'),
      quoteSource: (e.getAttributes('attributedQuote') as { source?: string }).source ?? '',
      image: e.isActive('figureImage') ? (e.getAttributes('figureImage') as { alt: string; caption: string; credit: string }) : null,
    }),
  });
  const [linkDraft, setLinkDraft] = useState<string | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const chain = () => editor.chain().focus();

  return (
    <div role="toolbar" aria-label="Formatting" className="sticky top-0 z-(--z-sticky) flex flex-wrap items-center gap-1 border-b border-line bg-paper p-1.5">
      <ToolButton label="Bold (Ctrl+B)" pressed={state.bold} onClick={() => chain().toggleBold().run()}>B</ToolButton>
      <ToolButton label="Italic (Ctrl+I)" pressed={state.italic} onClick={() => chain().toggleItalic().run()}><em>I</em></ToolButton>
      <ToolButton label="Strikethrough" pressed={state.strike} onClick={() => chain().toggleStrike().run()}><s>S</s></ToolButton>
      <Divider />
      <ToolButton label="Subheading" pressed={state.h2} onClick={() => chain().toggleHeading({ level: 2 }).run()}>H2</ToolButton>
      <ToolButton label="Minor subheading" pressed={state.h3} onClick={() => chain().toggleHeading({ level: 3 }).run()}>H3</ToolButton>
      <ToolButton label="Bulleted list" pressed={state.bullet} onClick={() => chain().toggleBulletList().run()}>• List</ToolButton>
      <ToolButton label="Numbered list" pressed={state.ordered} onClick={() => chain().toggleOrderedList().run()}>1. List</ToolButton>
      <ToolButton label="Quote with attribution" pressed={state.quote} onClick={() => (state.quote ? chain().lift('attributedQuote').run() : chain().wrapIn('attributedQuote').run())}>“ Quote</ToolButton>
      <ToolButton label="Divider line" pressed={false} onClick={() => chain().setHorizontalRule().run()}>―</ToolButton>
      <Divider />
      <ToolButton
        label="Link"
        pressed={state.link}
        onClick={() => setLinkDraft(state.link ? ((editor.getAttributes('link') as { href?: string }).href ?? '') : 'https://')}
      >
        Link
      </ToolButton>
      <label className="flex h-8 cursor-pointer items-center rounded px-2 text-sm font-medium hover:bg-wash has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent">
        Image
        <input
          type="file"
          accept="image/jpeg,image/png,image/webp,image/gif"
          aria-label="Insert an image"
          className="sr-only"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (!file) return;
            setUploadError(null);
            try {
              const image = await uploadImageFile(file);
              chain().insertContent({ type: 'figureImage', attrs: { src: image.url, alt: '', caption: '', credit: '' } }).run();
            } catch (caught) {
              setUploadError((caught as Error).message);
            }
          }}
        />
      </label>
      {uploadError && <span role="alert" className="text-sm text-danger">{uploadError}</span>}
      {state.image && (
        <div className="flex w-full flex-wrap gap-2 pt-1">
          {(['caption', 'credit', 'alt'] as const).map((field) => (
            <label key={field} className="flex items-center gap-1.5 text-sm">
              <span className="text-muted">{field === 'alt' ? 'Alt text' : field === 'credit' ? 'Credit' : 'Caption'}</span>
              <input
                className="h-8 w-44 rounded border border-line px-2"
                aria-label={`Image ${field === 'alt' ? 'alt text' : field}`}
                value={state.image?.[field] ?? ''}
                onChange={(event) => editor.chain().updateAttributes('figureImage', { [field]: event.target.value }).run()}
              />
            </label>
          ))}
        </div>
      )}
      {state.quote && (
        <label className="ml-2 flex items-center gap-1.5 text-sm">
          <span className="text-muted">Quote from</span>
          <input
            className="h-8 w-40 rounded border border-line px-2"
            value={state.quoteSource}
            onChange={(event) => editor.chain().updateAttributes('attributedQuote', { source: event.target.value }).run()}
            aria-label="Quote from"
          />
        </label>
      )}
      {linkDraft !== null && (
        <form
          className="flex w-full items-center gap-2 pt-1"
          onSubmit={(event) => {
            event.preventDefault();
            if (linkDraft.trim() === '') chain().extendMarkRange('link').unsetLink().run();
            else if (isSafeLinkHref(linkDraft)) chain().extendMarkRange('link').setLink({ href: linkDraft.trim() }).run();
            else return;
            setLinkDraft(null);
          }}
        >
          <label className="flex flex-1 items-center gap-2 text-sm">
            <span className="text-muted">Link address</span>
            <input
              autoFocus
              className="h-8 flex-1 rounded border border-line px-2"
              value={linkDraft}
              onChange={(event) => setLinkDraft(event.target.value)}
              onKeyDown={(event) => event.key === 'Escape' && setLinkDraft(null)}
              aria-invalid={linkDraft !== '' && !isSafeLinkHref(linkDraft)}
            />
          </label>
          {linkDraft !== '' && !isSafeLinkHref(linkDraft) && (
            <span className="text-sm text-danger">Use https://, http:// or mailto:</span>
          )}
          <button type="submit" className="h-8 rounded bg-accent px-3 text-sm text-accent-ink">Apply</button>
        </form>
      )}
    </div>
  );
}

function ToolButton({ label, pressed, onClick, children }: { label: string; pressed: boolean; onClick: () => void; children: React.ReactNode }) {
  return (
    <button
      type="button"
      aria-label={label}
      aria-pressed={pressed}
      title={label}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
      className={cn('h-8 min-w-8 rounded px-2 text-sm font-medium hover:bg-wash', pressed && 'bg-slate-200')}
    >
      {children}
    </button>
  );
}

function Divider() {
  return <span aria-hidden className="mx-1 h-5 w-px bg-line" />;
}
