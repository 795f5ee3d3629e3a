import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Requests must name our loopback host in Host (a DNS-rebinding page arrives with its own name
 * there) and, when the browser sends Origin, come from our own origin.
 */
export const allowedHosts = (port: number): Set<string> => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

export const hostAllowed = (req: IncomingMessage, port: number): boolean =>
  allowedHosts(port).has((req.headers.host ?? '').toLowerCase());

export const originAllowed = (req: IncomingMessage, port: number): boolean => {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return [...allowedHosts(port)].some((h) => origin.toLowerCase() === `http://${h}`);
};

export const tokenMatches = (req: IncomingMessage, token: string): boolean => {
  const header = req.headers.authorization ?? '';
  const given = Buffer.from(header.startsWith('Bearer ') ? header.slice(7) : '', 'utf8');
  const expected = Buffer.from(token, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
};
