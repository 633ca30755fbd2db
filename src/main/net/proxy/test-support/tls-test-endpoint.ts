import { readFileSync } from 'node:fs';
import { type AddressInfo, connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { createServer } from 'node:tls';

// Test and benchmark support: an HTTPS endpoint on 127.0.0.1 made of a TLS front that decrypts and
// passes the bytes to a plain-http server (the built-in mock), presenting one of the test-only
// certificates of fixtures/tls. The mock then answers over TLS exactly as it does over http.

export const tlsFixtureDirectory = join(import.meta.dirname, '../../../../../fixtures/tls');

/** The test CA's certificate, the file a user would give as the profile's CA file. */
export const testCaFile = join(tlsFixtureDirectory, 'ca.pem');

export type TestCertificate = 'localhost' | 'wrong-host' | 'expired' | 'self-signed';

export interface TlsTestEndpointOptions {
  /** The plain-http server the decrypted bytes go to. */
  targetPort: number;
  certificate?: TestCertificate;
  /** Sends the CA certificate after the leaf, as servers with a full chain do. */
  sendChain?: boolean;
}

export interface TlsTestEndpoint {
  /** https://localhost:port — the name the localhost certificate is made for. */
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startTlsTestEndpoint(options: TlsTestEndpointOptions): Promise<TlsTestEndpoint> {
  const name = options.certificate ?? 'localhost';
  const leaf = readFileSync(join(tlsFixtureDirectory, `${name}.pem`), 'utf8');
  const chain = options.sendChain ? `${leaf}${readFileSync(testCaFile, 'utf8')}` : leaf;
  const sockets = new Set<Socket>();
  const server = createServer(
    { key: readFileSync(join(tlsFixtureDirectory, `${name}-key.pem`)), cert: chain },
    (secure) => {
      const upstream = connect({ host: '127.0.0.1', port: options.targetPort });
      sockets.add(upstream);
      secure.pipe(upstream);
      upstream.pipe(secure);
      const end = () => {
        secure.destroy();
        upstream.destroy();
      };
      secure.on('error', end).on('close', end);
      upstream.on('error', end).on('close', end);
    },
  );
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  // A client that rejects the certificate drops the handshake; that is the point of some tests.
  server.on('tlsClientError', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `https://localhost:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
