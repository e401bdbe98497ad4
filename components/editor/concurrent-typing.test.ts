// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sharedBodyExtensions } from './collaborative-extensions';

/**
 * Two people typing at the same place in one paragraph, as the editor binds them to the shared document.
 * Each editor is the desk's (THE extension list bound to the shared body; carets and comments aside); the network between them is a pair of
 * queues the test empties when it likes, so every order of keystrokes and deliveries can be tried.
 */
type Person = { editor: Editor; doc: Y.Doc; outbox: Uint8Array[] };

const opened: Editor[] = [];
afterEach(() => opened.splice(0).forEach((editor) => editor.destroy()));

function person(clientID: number, start: Y.Doc | null): Person {
  const doc = new Y.Doc();
  // Which of two inserts at one place comes first is decided by client id: both orders are tried.
  doc.clientID = clientID;
  if (start) Y.applyUpdate(doc, Y.encodeStateAsUpdate(start));
  const outbox: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'network') outbox.push(update);
  });
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: sharedBodyExtensions(doc),
  });
  opened.push(editor);
  return { editor, doc, outbox };
}

function deliver(from: Person, to: Person) {
  for (const update of from.outbox.splice(0)) Y.applyUpdate(to.doc, update, 'network');
}

const BACKSPACE = '⌫';

/** One key press at the person's caret, as typing does. */
function press(who: Person, key: string) {
  const { state } = who.editor;
  const caret = state.selection.from;
  who.editor.view.dispatch(key === BACKSPACE ? state.tr.delete(caret - 1, caret) : state.tr.insertText(key));
}

/** The keys for `words`, with the key at each of `slips` pressed twice and the extra one taken back. */
function keystrokes(words: string, slips: number[] = []): string[] {
  return [...words].flatMap((key, index) => (slips.includes(index) ? [key, key, BACKSPACE] : [key]));
}

function caretAtEnd(who: Person) {
  who.editor.commands.setTextSelection(who.editor.state.doc.content.size - 1);
}

/** Both open a story whose body is one paragraph, with their carets at its end. */
function twoPeopleAtTheEndOf(text: string, ids: [number, number]): [Person, Person] {
  const olha = person(ids[0], null);
  olha.editor.commands.insertContent(text);
  const dana = person(ids[1], olha.doc);
  olha.outbox.splice(0);
  caretAtEnd(olha);
  caretAtEnd(dana);
  return [olha, dana];
}

type Step = 'olha types' | 'dana types' | 'olha hears dana' | 'dana hears olha';

/** Plays the steps, then lets the network settle; each presses her keys one at a time. */
function play(steps: Step[], ids: [number, number], olhaKeys: string[], danaKeys: string[]) {
  const [olha, dana] = twoPeopleAtTheEndOf('Shelling hit the port.', ids);
  const left = { olha: [...olhaKeys], dana: [...danaKeys] };
  const act = (step: Step) => {
    if (step === 'olha types' && left.olha.length) press(olha, left.olha.shift()!);
    if (step === 'dana types' && left.dana.length) press(dana, left.dana.shift()!);
    if (step === 'olha hears dana') deliver(dana, olha);
    if (step === 'dana hears olha') deliver(olha, dana);
  };
  steps.forEach(act);
  while (left.olha.length) act('olha types');
  while (left.dana.length) act('dana types');
  deliver(olha, dana);
  deliver(dana, olha);
  return [olha.editor.getText(), dana.editor.getText()] as const;
}

const OLHA_WORDS = ' Olha: three cranes burned.';
const DANA_WORDS = ' Dana: the mayor confirmed it.';

function expectBothWhole([olhaText, danaText]: readonly [string, string]) {
  expect(olhaText).toBe(danaText);
  expect(olhaText).toContain(OLHA_WORDS);
  expect(olhaText).toContain(DANA_WORDS);
}

describe('two people typing at the same place', () => {
  it('a key that matches the character the other just put there goes where the caret is', () => {
    // Olha's space reaches Dana, whose caret is just before it; Dana types a space too. A diff of the
    // texts alone cannot tell which space is new and took the far one, so Dana's words followed Olha's.
    expectBothWhole(play(['olha types', 'dana hears olha'], [1, 2], keystrokes(OLHA_WORDS), keystrokes(DANA_WORDS)));
  });

  it('a caret stays after its own words when the other’s matching character lands in front of it', () => {
    // Both type a space at once; Dana's arrives first in the shared order. Olha's caret belongs after her
    // own space; put back at its old offset, it sat between the two and her words went before her space.
    expectBothWhole(play(['dana types', 'olha types', 'olha hears dana'], [2, 1], keystrokes(OLHA_WORDS), keystrokes(DANA_WORDS)));
  });

  it('keeps both runs whole and both views equal, for any order of key presses, slips and deliveries', { timeout: 60_000 }, () => {
    const step = fc.constantFrom<Step>('olha types', 'dana types', 'olha hears dana', 'dana hears olha');
    // A slip: a key pressed twice and the extra one taken back, which puts equal characters side by side.
    const slips = (words: string) => fc.array(fc.nat(words.length - 1), { maxLength: 3 });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 80 }), fc.boolean(), slips(OLHA_WORDS), slips(DANA_WORDS), (steps, olhaFirst, olhaSlips, danaSlips) => {
        expectBothWhole(play(steps, olhaFirst ? [1, 2] : [2, 1], keystrokes(OLHA_WORDS, olhaSlips), keystrokes(DANA_WORDS, danaSlips)));
      }),
      { numRuns: 150 },
    );
  });
});
