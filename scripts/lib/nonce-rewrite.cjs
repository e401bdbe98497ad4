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
// and the answer carrying it leaves with status 410 and the marker blanked. A page cannot set 410 itself
// (only 404 through notFound()), and deciding it in proxy.ts would cost a database read per request.
//
// The whole answer is collected before it is sent, so Next's compression must be off (next.config.ts:
// `compress: false`; it would hand us gzip). A reverse proxy in front compresses (README).
'use strict';

const diagnostics = require('node:diagnostics_channel');
const { createHmac, randomBytes } = require('node:crypto');

/** 16 bytes in base64: the same shape as a real nonce (server/http/security-headers.ts newNonce). */
function derived(secret, purpose) {
  return createHmac('sha256', secret).update(`masthead:${purpose}`).digest().subarray(0, 16).toString('base64');
}

function installNonceRewrite() {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) return; // next dev/start run by hand: proxy.ts falls back to a nonce per request
  const placeholder = derived(secret, 'csp-nonce-placeholder');
  const goneMarker = `gone-${derived(secret, 'gone-marker')}`;
  process.env.MASTHEAD_NONCE_PLACEHOLDER = placeholder;
  process.env.MASTHEAD_GONE_MARKER = goneMarker;
  const placeholderBytes = Buffer.from(placeholder);
  const goneBytes = Buffer.from(goneMarker);
  const blank = Buffer.alloc(goneBytes.length, '0');

  diagnostics.subscribe('http.server.request.start', ({ response }) => {
    const original = { writeHead: response.writeHead, write: response.write, end: response.end, flushHeaders: response.flushHeaders };
    let decided = false;
    let rewriting = false;
    let deferredHead = null;
    const chunks = [];

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
      const body = Buffer.concat(chunks);
      const nonce = randomBytes(16).toString('base64');
      const nonceBytes = Buffer.from(nonce);
      const gone = replaceAll(body, goneBytes, blank) > 0;
      replaceAll(body, placeholderBytes, nonceBytes);
      Object.assign(response, original);
      if (deferredHead) {
        // writeHead(status, [reason], [headers]): its headers join the ones set so far.
        const [status, reason, headers] = deferredHead;
        const extra = typeof reason === 'object' ? reason : headers;
        response.statusCode = status;
        if (Array.isArray(extra)) for (let i = 0; i < extra.length; i += 2) response.setHeader(extra[i], extra[i + 1]);
        else if (extra) for (const [name, value] of Object.entries(extra)) response.setHeader(name, value);
      }
      if (gone && response.statusCode === 200) response.statusCode = 410;
      response.setHeader('content-security-policy', String(response.getHeader('content-security-policy')).replaceAll(placeholder, nonce));
      return original.end.call(this, body, callback);
    };
  });
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
