// A PKCS #10 certificate request for this phone's key, made with @peculiar/x509 (which needs the
// reflect-metadata polyfill loaded first). Loaded only when a phone enrols.
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
