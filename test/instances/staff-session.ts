/**
 * A staff member signed in to one app instance through next-auth's credentials endpoint, calling tRPC
 * mutations as the desk does (superjson envelope, session cookie).
 */
export async function signIn(baseUrl: string, email: string, password: string) {
  const cookies = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const [name = '', ...value] = pair.split('=');
      cookies.set(name, value.join('='));
    }
  };
  const cookieHeader = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');

  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  keep(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const signedIn = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookieHeader() },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  keep(signedIn);
  if (![...cookies.keys()].some((name) => name.includes('session-token'))) throw new Error(`Sign-in as ${email} failed (${signedIn.status})`);

  return {
    /** The session cookie, for callers that make their own requests. */
    cookie: cookieHeader(),
    async mutation<T>(path: string, input: unknown): Promise<T> {
      const response = await fetch(`${baseUrl}/api/trpc/${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookieHeader() },
        body: JSON.stringify({ json: input }),
      });
      const body = (await response.json()) as { result?: { data: { json: T } }; error?: unknown };
      if (!response.ok || !body.result) throw new Error(`${path} failed (${response.status}): ${JSON.stringify(body.error)}`);
      return body.result.data.json;
    },
  };
}
