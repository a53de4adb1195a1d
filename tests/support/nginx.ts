// Debian's nginx on the loopback in front of the app, as docs/nginx-explorer.conf configures it, with a self-signed
// certificate made for the test. Everything it writes (config, certificate, logs, temp files) stays in a temp folder.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../../scripts/neo4j/local-server.ts';

const nginxConfigFile = resolve(import.meta.dirname, '..', '..', 'docs', 'nginx-explorer.conf');
const nginxBinary = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export interface RunningNginx {
  /** https://127.0.0.1:<port> */
  origin: string;
  /** The certificate nginx presents, for clients to trust. */
  ca: Buffer;
  stop(): Promise<void>;
}

/** A self-signed certificate for localhost and 127.0.0.1, valid for a day, as cert.pem and key.pem in `dir`. */
export function makeCertificate(dir: string): { certFile: string; keyFile: string } {
  const certFile = join(dir, 'cert.pem');
  const keyFile = join(dir, 'key.pem');
  const subject = ['-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'];
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', ...subject, '-keyout', keyFile, '-out', certFile], {
    stdio: 'ignore',
  });
  return { certFile, keyFile };
}

/** Starts nginx with the documented server block, proxying to `app` (host:port). */
export async function startNginx(app: string): Promise<RunningNginx> {
  const dir = mkdtempSync(join(tmpdir(), 'explorer-nginx-'));
  // Run as root, nginx's workers drop to an unprivileged user that must reach the temp folders for large bodies.
  chmodSync(dir, 0o755);
  const { certFile, keyFile } = makeCertificate(dir);
  const port = await freePort();
  const server = readFileSync(nginxConfigFile, 'utf8')
    .replaceAll('{{LISTEN}}', `127.0.0.1:${port}`)
    .replaceAll('{{CERT_FILE}}', certFile)
    .replaceAll('{{KEY_FILE}}', keyFile)
    .replaceAll('{{APP}}', app);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${join(dir, kind)};`).join('\n');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;\nworker_processes 1;\npid ${join(dir, 'nginx.pid')};\nerror_log ${join(dir, 'error.log')} warn;\nevents { worker_connections 128; }\nhttp {\n  access_log off;\n${temp}\n${server}\n}\n`,
  );
  const child = spawn(nginxBinary, ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  await waitForPort(port, child, () => stderr);
  return {
    origin: `https://127.0.0.1:${port}`,
    ca: readFileSync(certFile),
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitForPort(port: number, child: ChildProcess, stderr: () => string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}: ${stderr()}`);
    const open = await new Promise<boolean>((done) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        done(true);
      }).on('error', () => done(false));
    });
    if (open) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  child.kill('SIGTERM');
  throw new Error(`nginx did not listen on ${port}: ${stderr()}`);
}
