import { headers } from 'next/headers';
import type { SessionOrigin } from '../session/start-session';

/**
 * The device and address of the request being handled, for the list of signed-in devices. The address
 * is the first X-Forwarded-For hop (Next.js sets it from the socket; a proxy in front prepends the
 * client's): shown to the user only, never used to decide anything, so a forged header can only mislabel
 * the forger's own session.
 */
export async function requestOrigin(): Promise<SessionOrigin> {
  const list = await headers();
  const forwarded = list.get('x-forwarded-for')?.split(',')[0]?.trim();
  const address = forwarded || list.get('x-real-ip') || '';
  // An IPv4 client on a dual-stack socket arrives as "::ffff:203.0.113.7"; people know it without the prefix.
  return { userAgent: list.get('user-agent') ?? '', ipAddress: address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '') };
}
