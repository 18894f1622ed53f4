// Fetches one web page or feed through the SSRF guard, with timeouts, a size limit and capped redirects.
import type { LookupAddress, LookupOptions } from 'node:dns';
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Socket } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Transform } from 'node:stream';
import { ClaimlogError, Forbidden, InvalidInput, Unavailable } from '../../domain/errors.js';
import { PUBLIC_ONLY, type AddressPolicy } from './address-policy.js';
import { contentKindOf, parseContentType, sniffMediaType, type ContentKind } from './content-type.js';
import { formatIp, parseIp } from './ip-range.js';
import { checkTarget, systemResolver, type CheckedTarget, type Resolver } from './ssrf-guard.js';

export interface FetchOptions {
  /** Hosts and ranges allowed beyond public addresses (default: public only). */
  policy?: AddressPolicy;
  resolver?: Resolver;
  /** Time allowed to open each connection (default 10 s). */
  connectTimeoutMs?: number;
  /** Time allowed for the whole fetch, redirects and body included (default 30 s). */
  totalTimeoutMs?: number;
  /** Largest body accepted, after decompression (default 20 MiB). */
  maxBytes?: number;
  /** Redirects followed before giving up (default 5). */
  maxRedirects?: number;
  /** Kinds of content accepted (default all: html, text, feed). */
  accept?: readonly ContentKind[];
  /** Extra request headers, e.g. `If-None-Match` for a conditional GET. */
  headers?: Readonly<Record<string, string>>;
  userAgent?: string;
}

interface Common {
  /** The URL that answered, after redirects. */
  url: string;
  /** Every URL that redirected, in order. */
  redirects: string[];
  status: number;
  /** Response headers, names lowercase, repeated values joined with `, `. */
  headers: Record<string, string>;
}

/** A fetch that reached a server. Refusals, network failures and limits are thrown instead. */
export type FetchResult =
  | (Common & {
      kind: 'page';
      bytes: Uint8Array;
      mediaType: string;
      charset: string | null;
      contentKind: ContentKind;
    })
  | (Common & { kind: 'not-modified' })
  | (Common & { kind: 'http-error'; statusText: string });

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
export const DEFAULT_USER_AGENT = 'claimlog (+https://github.com/claimlog/claimlog)';

/**
 * GETs `url`. Every hop (the first and each redirect) goes through `checkTarget` and connects to the
 * address that was checked, so a host that resolves elsewhere the second time (DNS rebinding) cannot
 * redirect the connection. Returns the body of a 2xx answer of an accepted kind, a `not-modified` for a
 * 304, or an `http-error` for any other status. Throws Forbidden (refused address), InvalidInput (not
 * http(s), unaccepted content type, body over the limit, too many redirects) or Unavailable (DNS,
 * connection, timeout). Never sends cookies or credentials.
 */
export async function fetchPage(url: string | URL, options: FetchOptions = {}): Promise<FetchResult> {
  const totalMs = options.totalTimeoutMs ?? 30_000;
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), totalMs);
  try {
    return await follow(new URL(url), options, deadline.signal, totalMs);
  } catch (cause) {
    if (cause instanceof ClaimlogError) throw cause;
    if (cause instanceof TypeError && String(cause.message).includes('Invalid URL')) {
      throw new InvalidInput(`expected an absolute http(s) URL, found "${String(url)}"`, { cause });
    }
    throw cause;
  } finally {
    clearTimeout(timer);
  }
}

async function follow(
  start: URL,
  options: FetchOptions,
  signal: AbortSignal,
  totalMs: number,
): Promise<FetchResult> {
  const maxRedirects = options.maxRedirects ?? 5;
  const redirects: string[] = [];
  let current = start;
  for (;;) {
    let target: CheckedTarget;
    try {
      target = await checkTarget(current, options.policy ?? PUBLIC_ONLY, options.resolver ?? systemResolver);
    } catch (error) {
      if (redirects.length > 0 && error instanceof Forbidden) {
        throw new Forbidden(`refused redirect from ${redirects.at(-1) ?? start.href}: ${error.message}`, {
          cause: error,
        });
      }
      throw error;
    }
    if (signal.aborted) throw timeout(start, totalMs);
    const response = await send(target, options, signal, totalMs);
    const headers = flatHeaders(response.headers);
    const status = response.statusCode ?? 0;
    const common = { url: current.href, redirects: [...redirects], status, headers };
    const location = headers.location;
    if (REDIRECTS.has(status) && location !== undefined) {
      response.resume();
      if (redirects.length >= maxRedirects) {
        throw new InvalidInput(
          `gave up on ${start.href}: more than ${maxRedirects} redirects (last to ${location})`,
        );
      }
      redirects.push(current.href);
      try {
        current = new URL(location, current);
      } catch (cause) {
        throw new InvalidInput(`${current.href} redirected to "${location}", not a URL`, { cause });
      }
      continue;
    }
    if (status === 304) {
      response.resume();
      return { kind: 'not-modified', ...common };
    }
    if (status < 200 || status > 299) {
      response.resume();
      return { kind: 'http-error', ...common, statusText: response.statusMessage ?? '' };
    }
    return await readPage(response, common, options, signal, start, totalMs);
  }
}

function send(
  target: CheckedTarget,
  options: FetchOptions,
  signal: AbortSignal,
  totalMs: number,
): Promise<IncomingMessage> {
  const { url, address, family } = target;
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  // Pin the checked address: Node calls `lookup` instead of DNS, so the name is never resolved again.
  const lookup = (
    _host: string,
    opts: LookupOptions,
    callback: (err: Error | null, address: string | LookupAddress[], family?: number) => void,
  ): void => {
    if (opts.all === true) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
  const connectMs = options.connectTimeoutMs ?? 10_000;
  return new Promise<IncomingMessage>((resolve, reject) => {
    const req = request({
      protocol: url.protocol,
      hostname: target.hostname,
      port: url.port === '' ? undefined : Number(url.port),
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      agent: false,
      lookup,
      headers: {
        'user-agent': options.userAgent ?? DEFAULT_USER_AGENT,
        accept:
          'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.1',
        'accept-encoding': 'gzip, deflate, br',
        ...options.headers,
      },
    });
    const fail = (error: Error): void => {
      req.destroy(error);
      reject(error);
    };
    const connectTimer = setTimeout(
      () =>
        fail(
          new Unavailable(`could not fetch ${url.href}: no connection to ${address} within ${connectMs} ms`),
        ),
      connectMs,
    );
    const onAbort = (): void => fail(timeout(url, totalMs));
    signal.addEventListener('abort', onAbort, { once: true });
    req.on('socket', (socket: Socket) => {
      socket.once('connect', () => {
        clearTimeout(connectTimer);
        // Belt and braces: the peer must be the address the guard checked.
        const peer = parseIp(socket.remoteAddress ?? '');
        if (peer !== null && formatIp(peer) !== address) {
          fail(
            new Forbidden(
              `refused ${url.href}: connected to ${socket.remoteAddress ?? '?'} instead of the checked ${address}`,
            ),
          );
        }
      });
    });
    req.on('response', (response) => {
      clearTimeout(connectTimer);
      signal.removeEventListener('abort', onAbort);
      signal.addEventListener('abort', () => response.destroy(timeout(url, totalMs)), { once: true });
      resolve(response);
    });
    req.on('error', (error) => {
      clearTimeout(connectTimer);
      signal.removeEventListener('abort', onAbort);
      reject(
        error instanceof ClaimlogError
          ? error
          : new Unavailable(`could not fetch ${url.href}: ${error.message}`, { cause: error }),
      );
    });
    req.end();
  });
}

async function readPage(
  response: IncomingMessage,
  common: Common,
  options: FetchOptions,
  signal: AbortSignal,
  start: URL,
  totalMs: number,
): Promise<FetchResult> {
  const maxBytes = options.maxBytes ?? 20 * 1024 * 1024;
  const declared = Number(common.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw tooLarge(common.url, maxBytes, `declares ${declared} bytes`);
  }
  const declaredType = parseContentType(common.headers['content-type']);
  if (declaredType !== null) checkKind(declaredType.mediaType, common.url, options);
  const decoder = decompressor(common.headers['content-encoding'], common.url);
  const body = decoder === null ? response : response.pipe(decoder);
  if (decoder !== null) response.on('error', (error) => decoder.destroy(error));
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) throw tooLarge(common.url, maxBytes, 'sent more');
      chunks.push(chunk);
    }
  } catch (error) {
    response.destroy();
    if (error instanceof ClaimlogError) throw error;
    if (signal.aborted) throw timeout(start, totalMs);
    const message = error instanceof Error ? error.message : String(error);
    throw new Unavailable(`could not read ${common.url}: ${message}`, { cause: error });
  }
  const bytes = new Uint8Array(Buffer.concat(chunks));
  const mediaType = declaredType?.mediaType ?? sniffMediaType(bytes);
  if (mediaType === null) {
    throw new InvalidInput(
      `refused ${common.url}: no Content-Type and the body looks like neither HTML, XML nor JSON`,
    );
  }
  const contentKind = checkKind(mediaType, common.url, options);
  return { kind: 'page', ...common, bytes, mediaType, charset: declaredType?.charset ?? null, contentKind };
}

function checkKind(mediaType: string, url: string, options: FetchOptions): ContentKind {
  const kind = contentKindOf(mediaType);
  const accept = options.accept ?? ['html', 'text', 'feed'];
  if (kind === null || !accept.includes(kind)) {
    throw new InvalidInput(`refused ${url}: expected ${accept.join(', ')} content, found ${mediaType}`);
  }
  return kind;
}

function decompressor(encoding: string | undefined, url: string): Transform | null {
  const e = (encoding ?? 'identity').trim().toLowerCase();
  if (e === 'identity' || e === '') return null;
  if (e === 'gzip' || e === 'x-gzip') return createGunzip();
  if (e === 'deflate') return createInflate();
  if (e === 'br') return createBrotliDecompress();
  throw new InvalidInput(`refused ${url}: expected gzip, deflate, br or no Content-Encoding, found ${e}`);
}

function flatHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function tooLarge(url: string, maxBytes: number, found: string): InvalidInput {
  return new InvalidInput(`refused ${url}: expected at most ${maxBytes} bytes, the response ${found}`);
}

function timeout(url: URL | string, totalMs: number): Unavailable {
  return new Unavailable(`could not fetch ${String(url)}: no complete answer within ${totalMs} ms`);
}
