import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { browserTokenCookie, browserTokenParameter } from '../../shared/browser-protocol.ts';

export interface GuardOptions {
  port: number;
  token: string;
}

export type GuardVerdict = { allowed: true; tokenFromQuery: boolean } | { allowed: false; reason: string };

/** The names a browser on this machine uses for the server; anything else is DNS rebinding. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function allowedOrigins(port: number): string[] {
  return allowedHosts(port).map((host) => `http://${host}`);
}

/**
 * Decides whether a request may reach the server at all, before any handler runs. A page of
 * another site can make the browser send requests here; it can forge neither a loopback Origin
 * nor the token, and a rebound DNS name still shows its own name in Host.
 */
export function checkRequest(
  request: IncomingMessage,
  options: GuardOptions,
  mode: { upgrade: boolean },
): GuardVerdict {
  const host = request.headers.host?.toLowerCase();
  if (!host || !allowedHosts(options.port).includes(host)) {
    return { allowed: false, reason: 'Forbidden: this server only answers to 127.0.0.1 and localhost.' };
  }
  const origin = request.headers.origin;
  if (origin !== undefined || mode.upgrade) {
    if (!origin || !allowedOrigins(options.port).includes(origin.toLowerCase())) {
      return { allowed: false, reason: 'Forbidden: requests from other origins are refused.' };
    }
  }
  const queryToken = readQueryToken(request.url);
  if (queryToken !== undefined && tokensMatch(queryToken, options.token)) {
    return { allowed: true, tokenFromQuery: true };
  }
  const cookieToken = readCookie(request.headers.cookie, cookieName(options.port));
  if (cookieToken !== undefined && tokensMatch(cookieToken, options.token)) {
    return { allowed: true, tokenFromQuery: false };
  }
  return {
    allowed: false,
    reason: 'Forbidden: open the URL Promptwire printed at start-up; it carries the access token.',
  };
}

/** The cookie that lets later requests (assets, the WebSocket, a reload) skip the query token. */
export function tokenCookie(token: string, port: number): string {
  return `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

// Cookies ignore ports, so two hosts running side by side would overwrite each other's token
// under one name and the first one's page would stop working on reload.
function cookieName(port: number): string {
  return `${browserTokenCookie}_${port}`;
}

function readQueryToken(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url, 'http://127.0.0.1').searchParams.get(browserTokenParameter) ?? undefined;
  } catch {
    return undefined;
  }
}

function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}

// Digests have equal length, which timingSafeEqual needs, and hide the token's length too.
function tokensMatch(candidate: string, token: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(candidate), digest(token));
}
