import { headers } from 'next/headers';
import type { SessionOrigin } from '../session/start-session';
import { requestIp } from './client-ip';

/** The device and address of the request being handled, for the list of signed-in devices. */
export async function requestOrigin(): Promise<SessionOrigin> {
  const list = await headers();
  return { userAgent: list.get('user-agent') ?? '', ipAddress: requestIp(list) ?? '' };
}
