// A PKCS #10 certificate request for a key made on the person's device (a phone's field app, a
// supervisor's browser), made with @peculiar/x509 (which needs the reflect-metadata polyfill loaded
// first). Loaded only when a device enrols.
import 'reflect-metadata';
import { Pkcs10CertificateRequestGenerator } from '@peculiar/x509';

/** The request (PEM) for a key pair, signed by its private key, naming the person as its CN. */
export async function certificateRequest(username, keys) {
  const request = await Pkcs10CertificateRequestGenerator.create(
    { name: [{ CN: [username] }], keys, signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' } },
    crypto,
  );
  return request.toString('pem');
}
