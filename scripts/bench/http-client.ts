// The API benchmark's HTTP side. node:http with a kept-alive connection is the cheapest standard client here (fetch
// adds about 0.1 ms per request), so (a) − (b) shows what the API adds rather than what the client adds. The floor
// server answers a fixed body without any work: its time is what any HTTP API costs on this machine.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

export function requestJson(url: string, body?: unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      url,
      { agent, method: payload ? 'POST' : 'GET', headers: payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode !== 200) reject(new Error(`${res.statusCode} ${text.slice(0, 200)}`));
          else resolve(JSON.parse(text));
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

export interface FloorServer {
  url: string;
  close(): Promise<void>;
}

/** A bare node:http server that answers every request with the same JSON text. */
export async function startFloorServer(body: string): Promise<FloorServer> {
  const server = http.createServer((_req, res) => {
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
