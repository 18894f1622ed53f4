// A loopback HTTP server for the live-source tests, recording every connection and request it receives.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  path: string;
  headers: IncomingHttpHeaders;
}

export interface LoopbackServer {
  host: string;
  port: number;
  /** `http://host:port` (IPv6 hosts in brackets). */
  origin: string;
  /** TCP connections accepted so far. */
  connections: number;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** Starts a server on `host` (default 127.0.0.1), port chosen by the system. */
export async function startLoopbackServer(handler: Handler, host = '127.0.0.1'): Promise<LoopbackServer> {
  const server = createServer((req, res) => {
    state.requests.push({ path: req.url ?? '', headers: req.headers });
    handler(req, res);
  });
  const state: LoopbackServer = {
    host,
    port: 0,
    origin: '',
    connections: 0,
    requests: [],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  server.on('connection', () => {
    state.connections += 1;
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  state.port = (server.address() as AddressInfo).port;
  state.origin = `http://${host.includes(':') ? `[${host}]` : host}:${state.port}`;
  return state;
}

/** True when this machine can listen on IPv6 loopback. */
export async function ipv6LoopbackAvailable(): Promise<boolean> {
  try {
    const s = await startLoopbackServer(() => undefined, '::1');
    await s.close();
    return true;
  } catch {
    return false;
  }
}
