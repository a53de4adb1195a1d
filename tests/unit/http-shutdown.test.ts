// The explorer's shutdown (Ctrl+C of npm start) must not wait on its clients: idle keep-alive connections are closed at
// once, a request in flight may finish within the grace period, and one that does not is cut when it ends.
import { Agent, createServer, get, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { closeHttpServer } from '../../server/main.ts';

const agents: Agent[] = [];
let received = 0;

afterEach(() => {
  for (const agent of agents.splice(0)) agent.destroy();
});

/** /fast answers at once, /slow after 300 ms, /hang never. */
async function startServer(): Promise<Server> {
  received = 0;
  const server = createServer((req, res) => {
    received++;
    if (req.url === '/fast') res.end('fast');
    else if (req.url === '/slow') setTimeout(() => res.end('slow'), 300);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** A keep-alive GET; resolves with the status and body, or with the error's code. */
function fetchKeepAlive(server: Server, path: string): Promise<string> {
  const agent = new Agent({ keepAlive: true });
  agents.push(agent);
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve) => {
    get({ host: '127.0.0.1', port, path, agent }, (res: IncomingMessage) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve(`${res.statusCode} ${body}`));
      res.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    }).on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

async function timed(work: Promise<void>): Promise<number> {
  const started = Date.now();
  await work;
  return Date.now() - started;
}

async function untilReceived(count: number): Promise<void> {
  while (received < count) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('closeHttpServer', () => {
  it('does not wait on idle keep-alive connections', async () => {
    const server = await startServer();
    expect(await fetchKeepAlive(server, '/fast')).toBe('200 fast');
    expect(await timed(closeHttpServer(server, 5000))).toBeLessThan(1000);
  });

  it('lets a request in flight finish within the grace period, and closes as soon as it has', async () => {
    const server = await startServer();
    const response = fetchKeepAlive(server, '/slow');
    await untilReceived(1);
    expect(await timed(closeHttpServer(server, 5000))).toBeLessThan(2000);
    expect(await response).toBe('200 slow');
  });

  it('cuts a request that outlasts the grace period when the period ends', async () => {
    const server = await startServer();
    const response = fetchKeepAlive(server, '/hang');
    await untilReceived(1);
    const ms = await timed(closeHttpServer(server, 500));
    expect(ms).toBeGreaterThanOrEqual(450);
    expect(ms).toBeLessThan(1500);
    expect(await response).toBe('ECONNRESET');
  });
});
