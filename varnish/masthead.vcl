vcl 4.1;
# Masthead behind Varnish (7.1, with xkey from varnish-modules). A template: `npm run edge:vcl` fills in
# the @…@ values (server/cache/edge-vcl.ts) and the public routes from server/cache/surrogate-keys.ts.
#
# - Public pages and feeds are cached for everyone alike: their cookies are dropped; the app's Cache-Control
#   (s-maxage, stale-while-revalidate) is honoured, or, for an app that marks them uncacheable only
#   because it renders them per request, they are kept @DEFAULT_TTL@ (purges keep them current).
# - Each answer is kept under surrogate keys (the app's `xkey` header, or the route's keys) and purged by
#   them: `PURGE` with `xkey-purge: <keys>` and the bearer token, from an address in the `purgers` ACL.
# - Never cached: the desk, /api, sign-in, preview links, any request with a session cookie, any answer
#   with Set-Cookie.
# - The app down or failing: pages it has served keep being served (up to @STALE_IF_DOWN@ past their
#   lifetime) rather than an error.

import xkey;

backend app {
  .host = "@BACKEND_HOST@";
  .port = "@BACKEND_PORT@";
  .connect_timeout = 2s;
  .first_byte_timeout = 30s;
}

acl purgers {
@PURGE_ACL@
}

sub vcl_recv {
  # Internal markers are ours alone: never taken from a client.
  unset req.http.X-Masthead-Pass;
  unset req.http.X-Masthead-Path;

  if (req.method == "@PURGE_METHOD@") {
    # Both the network and the token: readers cannot empty the cache (a purge storm would reach the app).
    if (client.ip !~ purgers || req.http.Authorization != "Bearer @PURGE_TOKEN@") {
      return (synth(403, "Forbidden"));
    }
    if (!req.http.@PURGE_KEYS_HEADER@) {
      return (synth(400, "No keys to purge"));
    }
    return (synth(200, "Purged " + xkey.purge(req.http.@PURGE_KEYS_HEADER@)));
  }

  set req.http.X-Masthead-Path = regsub(req.url, "\?.*$", "");

  if (req.http.X-Masthead-Path ~ "@PRIVATE_PATHS@") {
    set req.http.X-Masthead-Pass = "private path";
    return (pass);
  }
  # Signed-in staff see the site as it is for them: straight from the app.
  if (req.http.Cookie ~ "(^|;\s*)(__Secure-)?next-auth\.session-token") {
    set req.http.X-Masthead-Pass = "session";
    return (pass);
  }
  if (req.method != "GET" && req.method != "HEAD") {
    set req.http.X-Masthead-Pass = "method";
    return (pass);
  }
  if (req.http.X-Masthead-Path ~ "@PUBLIC_PATHS@" || req.http.X-Masthead-Path ~ "^/(_next/static|media)/") {
    # The same for every reader: what a cookie says must not split (or personalise) the cache.
    unset req.http.Cookie;
  }
  # Anything else falls through to the built-in rules (a cookie or Authorization header means pass).
}

sub vcl_hash {
  # The app writes https-only policies when the proxy before us says https (server/http/security-headers.ts).
  hash_data(req.http.X-Forwarded-Proto);
}

sub vcl_backend_response {
  if (bereq.uncacheable) {
    return (deliver);
  }
  # A failing app never replaces a good copy: the refresh is dropped and the stale copy keeps serving.
  if (beresp.status >= 500 && bereq.is_bgfetch) {
    return (abandon);
  }
  if (bereq.http.X-Masthead-Path ~ "@PUBLIC_PATHS@") {
    call masthead_public_answer;
  }
}

sub masthead_public_answer {
  if (beresp.http.Set-Cookie) {
    # An answer that sets a cookie is someone's own.
    set beresp.ttl = 0s;
    set beresp.uncacheable = true;
    return (deliver);
  }
  if (beresp.status == 200 || beresp.status == 301 || beresp.status == 308) {
    if (beresp.ttl <= 0s || beresp.http.Cache-Control ~ "(?i)(private|no-store|no-cache)") {
      set beresp.ttl = @DEFAULT_TTL@;
    }
    # Past its lifetime a copy is served (once, while a fresh one is fetched in the background) for up to
    # @STALE_IF_DOWN@, or the app's stale-while-revalidate if longer: if the app fails to answer that
    # refresh, the copy stays and keeps serving. (A stricter stale-while-revalidate needs a health probe.)
    if (beresp.grace < @STALE_IF_DOWN@) {
      set beresp.grace = @STALE_IF_DOWN@;
    }
  } else if (beresp.status == 404 || beresp.status == 410 || beresp.status == 451) {
    # Addresses with no article (yet), a withdrawn or taken-down one: briefly, and purged with the article's key.
    set beresp.ttl = @NEGATIVE_TTL@;
    set beresp.grace = 0s;
  } else {
    set beresp.ttl = 0s;
    set beresp.uncacheable = true;
    return (deliver);
  }
  if (!beresp.http.@SURROGATE_KEY_HEADER@) {
    call masthead_route_keys;
  }
  return (deliver);
}

# Generated from PUBLIC_ROUTES (server/cache/surrogate-keys.ts): the keys of an answer that names none.
sub masthead_route_keys {
@ROUTE_KEYS@
}

sub vcl_deliver {
  if (req.http.X-Masthead-Pass || obj.uncacheable) {
    set resp.http.X-Cache = "PASS";
  } else if (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
  unset resp.http.@SURROGATE_KEY_HEADER@;
}
