import type { Extensions } from '@tiptap/core';
import { Link } from '@tiptap/extension-link';
import StarterKit from '@tiptap/starter-kit';
import { AttributedQuote } from './attributed-quote';
import { FigureImage } from './figure-image';
import { isSafeLinkHref } from './safe-urls';

/**
 * A link stores its address and nothing else. rel is added on render (options below); target, class and
 * title from pasted HTML (Google Docs and Word set several) are dropped rather than stored.
 */
const ArticleLink = Link.extend({
  addAttributes() {
    return { href: { default: null, parseHTML: (element) => element.getAttribute('href') } };
  },
});

/**
 * THE extension list: the editor edits with it, the server validates stored JSON against the schema it
 * defines and renders HTML with it. Anything not listed (code, tables, iframes, styles, underline, H1, H4+)
 * is dropped on paste, refused on save and never rendered. Browser-safe: no Node or DOM imports at load.
 */
export const articleExtensions: Extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    // Quotes are attributedQuote; inline code and code blocks have no place in a news story; underline
    // reads as a link on the web.
    blockquote: false,
    code: false,
    codeBlock: false,
    underline: false,
    link: false,
  }),
  ArticleLink.configure({
    openOnClick: false,
    defaultProtocol: 'https',
    // One rule for parsing pasted links, setLink, autolinking and rendering: http(s) and mailto only. Typed
    // bare domains ("example.com") are not autolinked: the author adds the link with its https:// address.
    isAllowedUri: (url) => isSafeLinkHref(url),
    shouldAutoLink: (url) => isSafeLinkHref(url),
    HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null, class: null },
  }),
  FigureImage,
  AttributedQuote,
];
