// Cached public HTML with a fresh CSP nonce on every answer (preloaded into the app server by
// server-preload.cjs). Plain CommonJS because it runs before anything is compiled.
//
// Why: Next.js puts the CSP nonce it finds on the request on its scripts, and a public page is now
// rendered once and served from the cache to everyone (ISR). A nonce baked into cached HTML would be the
// same for every reader, and one that changes per request would force a render per request. So public
// pages are rendered with a fixed PLACEHOLDER nonce (proxy.ts puts it in the policy of every public
// request and answer), and this module swaps it, in the answer's policy and body alike, for a new random
// nonce on every answer. Scripts of the page run; markup injected into it (which cannot know the nonce)
// does not: the policy stays exactly the desk's, nonce + 'strict-dynamic'.
//
// The placeholder is a secret, derived from NEXTAUTH_SECRET (the same on every instance sharing a Redis
// cache, so a page cached by one is rewritten by all): text in an article that named it would otherwise
// be handed the live nonce. It never leaves the server: every answer whose policy carries it is rewritten.
// Both strings are 24 characters, so Content-Length stays right.
//
// Withdrawn articles answer 410 Gone: the (cached) article page renders a secret marker (GONE_MARKER),
// and the answer carrying it leaves with status 410 and the marker blanked; an article taken down on a
// legal order renders LEGAL_MARKER instead and leaves with 451 Unavailable For Legal Reasons. A page cannot set 410 itself
// (only 404 through notFound()), and deciding it in proxy.ts would cost a database read per request.
//
// A public page's permanent redirect (an article's former address, a renamed section's) answers 301 Moved
// Permanently rather than Next's 308: the same for GETs, and what crawlers and link checkers know best.
//
// Repeated requests for a public page are answered from memory for a moment (ANSWER_CACHE_MS below).
//
// The whole answer is collected before it is sent, so Next's compression must be off (next.config.ts:
// `compress: false`; it would hand us gzip). A reverse proxy in front compresses (README).
'use strict';

const http = require('node:http');
const { createHmac, randomBytes } = require('node:crypto');

/** 16 bytes in base64: the same shape as a real nonce (server/http/security-headers.ts newNonce). */
function derived(secret, purpose) {
  return createHmac('sha256', secret).update(`masthead:${purpose}`).digest().subarray(0, 16).toString('base64');
}

/**
 * A few hundred milliseconds of memory for public answers, in front of Next (MASTHEAD_ANSWER_CACHE_MS,
 * default 250; 0 turns it off). Next's cache hit still costs a few milliseconds of routing, proxy and
 * rendering bookkeeping per request; at a newsroom's peak a page is asked for hundreds of times a second,
 * and for this long each answer after the first is the stored one, rewritten (new nonce) and sent. Only
 * answers proxy.ts marked for shared caches (`Cache-Control: public`), to GETs with no session cookie and
 * no client-router headers; a revalidated tag empties it at once (server/cache/cache-handler.mjs), so the
 * age limit only matters for a change revalidated on another instance.
 */
const ANSWER_CACHE_MS = Number(process.env.MASTHEAD_ANSWER_CACHE_MS ?? 250);
const ANSWER_CACHE_ENTRIES = 500;
const answers = new Map();
// Bumped by every clear: an answer rendered by a request that began before a revalidation is not stored
// after it (it may show what the revalidation replaced).
let generation = 0;
globalThis[Symbol.for('masthead.publicAnswerCache')] = {
  clear: () => {
    generation += 1;
    answers.clear();
  },
};

/** Headers an answer is stored without (they belong to one connection or instant). */
const UNSTORED = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

function installNonceRewrite() {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) return; // next dev/start run by hand: proxy.ts falls back to a nonce per request
  const placeholder = derived(secret, 'csp-nonce-placeholder');
  const goneMarker = `gone-${derived(secret, 'gone-marker')}`;
  const legalMarker = `gone-${derived(secret, 'legal-marker')}`;
  process.env.MASTHEAD_NONCE_PLACEHOLDER = placeholder;
  process.env.MASTHEAD_GONE_MARKER = goneMarker;
  process.env.MASTHEAD_LEGAL_MARKER = legalMarker;
  const placeholderBytes = Buffer.from(placeholder);
  const goneBytes = Buffer.from(goneMarker);
  const legalBytes = Buffer.from(legalMarker);
  const blank = Buffer.alloc(goneBytes.length, '0');

  /** Sends a stored (or just rendered) public answer with a new nonce; `body` is the placeholder's copy. */
  function send(response, { status, headers, body }, original) {
    const out = Buffer.from(body);
    const nonce = randomBytes(16).toString('base64');
    const gone = replaceAll(out, goneBytes, blank) > 0;
    const legal = replaceAll(out, legalBytes, blank) > 0;
    replaceAll(out, placeholderBytes, Buffer.from(nonce));
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    response.statusCode = status === 308 ? 301 : status !== 200 ? status : legal ? 451 : gone ? 410 : status;
    response.setHeader('content-security-policy', String(headers['content-security-policy']).replaceAll(placeholder, nonce));
    return original.end.call(response, out);
  }

  const originalEmit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emit(event, request, response) {
    if (event !== 'request') return originalEmit.apply(this, arguments);
    const key = answerKey(request);
    const stored = key && answers.get(key);
    if (stored && stored.until > Date.now()) {
      send(response, stored, { end: response.end });
      return true;
    }
    if (stored) answers.delete(key);
    rewriteAnswer(request, response, key);
    return originalEmit.apply(this, arguments);
  };

  function rewriteAnswer(request, response, key) {
    const original = { writeHead: response.writeHead, write: response.write, end: response.end, flushHeaders: response.flushHeaders };
    let decided = false;
    let rewriting = false;
    let deferredHead = null;
    const chunks = [];
    const startedIn = generation;

    /** At the first thing written: rewrite only answers whose policy names the placeholder. */
    function decide() {
      if (decided) return rewriting;
      decided = true;
      const policy = String(response.getHeader('content-security-policy') ?? '');
      rewriting = policy.includes(placeholder);
      if (!rewriting) Object.assign(response, original);
      return rewriting;
    }

    response.writeHead = function writeHead(...args) {
      if (!decide()) return original.writeHead.apply(this, args);
      deferredHead = args;
      return this;
    };
    response.flushHeaders = function flushHeaders() {
      if (!decide()) original.flushHeaders.call(this);
    };
    response.write = function write(chunk, encoding, callback) {
      if (!decide()) return original.write.call(this, chunk, encoding, callback);
      if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined];
      if (chunk != null) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding));
      if (callback) process.nextTick(callback);
      return true;
    };
    response.end = function end(chunk, encoding, callback) {
      if (!decide()) return original.end.call(this, chunk, encoding, callback);
      if (typeof chunk === 'function') [callback, chunk] = [chunk, undefined];
      if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined];
      if (chunk != null) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding));
      Object.assign(response, original);
      if (deferredHead) {
        // writeHead(status, [reason], [headers]): its headers join the ones set so far.
        const [status, reason, headers] = deferredHead;
        const extra = typeof reason === 'object' ? reason : headers;
        response.statusCode = status;
        if (Array.isArray(extra)) for (let i = 0; i < extra.length; i += 2) response.setHeader(extra[i], extra[i + 1]);
        else if (extra) for (const [name, value] of Object.entries(extra)) response.setHeader(name, value);
      }
      const answer = { status: response.statusCode, headers: storedHeaders(response), body: Buffer.concat(chunks) };
      if (key && startedIn === generation && /^public\b/.test(String(answer.headers['cache-control'] ?? '')) && [200, 404].includes(answer.status)) {
        if (answers.size >= ANSWER_CACHE_ENTRIES) answers.delete(answers.keys().next().value);
        answers.set(key, { ...answer, until: Date.now() + ANSWER_CACHE_MS });
      }
      if (callback) response.once('finish', callback);
      return send(response, answer, original);
    };
  }
}

/** What a stored answer is found under; null for requests it must not serve (see above). */
function answerKey(request) {
  if (ANSWER_CACHE_MS <= 0 || request.method !== 'GET') return null;
  const { headers } = request;
  if (headers.rsc || headers['next-router-state-tree'] || headers['next-router-prefetch'] || headers['next-router-segment-prefetch']) return null;
  if (/(^|;\s*)(__Secure-)?next-auth\.session-token/.test(headers.cookie ?? '')) return null;
  // The policy and HSTS differ over HTTPS (proxy.ts).
  return `${headers['x-forwarded-proto'] ?? ''} ${headers.host ?? ''} ${request.url}`;
}

function storedHeaders(response) {
  const headers = {};
  for (const [name, value] of Object.entries(response.getHeaders())) if (!UNSTORED.has(name)) headers[name] = value;
  return headers;
}

/** Overwrites every occurrence of `from` in `buffer` with `to` (same length), in place; returns how many. */
function replaceAll(buffer, from, to) {
  let count = 0;
  for (let at = buffer.indexOf(from); at !== -1; at = buffer.indexOf(from, at + from.length)) {
    to.copy(buffer, at);
    count += 1;
  }
  return count;
}

module.exports = { installNonceRewrite };
