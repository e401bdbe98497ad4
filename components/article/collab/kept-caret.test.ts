// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { SharedFields } from './shared-fields';
import { useKeptCaret } from './use-kept-caret';
import { useSharedFields } from './use-shared-fields';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const article: SharedFields = { headline: 'Port strike', standfirst: '', slug: '', sectionId: null, tagIds: [], bylines: [], sources: [], leadImage: null };

/** The headline input as the desk wires it: shared fields, a kept caret, remembered on select and change. */
function Headline({ doc }: { doc: Y.Doc }) {
  const [fields, update] = useSharedFields(doc, article);
  const [ref, remember] = useKeptCaret<HTMLInputElement>(fields.headline);
  return createElement('input', {
    ref,
    'aria-label': 'Headline',
    value: fields.headline,
    onSelect: remember,
    onChange: (event: { target: HTMLInputElement }) => {
      remember();
      const headline = event.target.value;
      update((seen) => ({ ...seen, headline }));
    },
  });
}

/** A key press in the input as the browser makes it: the value changes, the caret follows, an input event. */
function typeAt(input: HTMLInputElement, at: number, key: string) {
  const value = input.value.slice(0, at) + key + input.value.slice(at);
  // React watches the value through its own setter; the prototype's one is the browser's.
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
  input.setSelectionRange(at + key.length, at + key.length);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
});

it('a caret moved without a select event (End) stays at the end when the other person types at the start', () => {
  const doc = new Y.Doc();
  doc.getMap('fields').set('headline', new Y.Text('Port strike'));
  const container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
  act(() => root!.render(createElement(Headline, { doc })));
  const input = container.querySelector('input')!;
  input.focus();
  // She types "A" at the start (the caret is remembered there, after it)…
  act(() => typeAt(input, 0, 'A'));
  // …then presses End: the select event that would tell React comes later, after the other's keystroke.
  input.setSelectionRange(input.value.length, input.value.length);

  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
  act(() => {
    (other.getMap('fields').get('headline') as Y.Text).insert(0, 'Night ');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)));
  });

  expect(input.value).toBe('Night APort strike');
  expect(input.selectionStart).toBe('Night APort strike'.length);
  expect(input.selectionEnd).toBe('Night APort strike'.length);
});
