// Certificates of the channel's organizations: parsing, chaining to an organization's root
// certificates at a given time, checking a signature, and the holder's role. The certificate
// parsing and their signatures are @peculiar/x509's; the crypto is the platform's WebCrypto.
import './reflect.js';
import { X509Certificate } from '@peculiar/x509';
import { ecdsaDerToRaw } from './der.js';
import { equalBytes, toHex } from './bytes.js';

const FABRIC_CA_ATTRIBUTES = '1.2.3.4.5.6.7.8.1';
const FABRIC_OU_ROLES = ['client', 'peer', 'admin', 'orderer', 'member'];
const CURVE_SIZES = { 'P-256': 32, 'P-384': 48, 'P-521': 66 };

function webCrypto() {
  const crypto = globalThis.crypto;
  if (!crypto?.subtle) {
    throw new Error('this platform has no WebCrypto (crypto.subtle)');
  }
  return crypto;
}

/** An X509Certificate from PEM text; throws if it is not one. */
export function parseCertificate(pem) {
  if (typeof pem !== 'string' || !pem.includes('-----BEGIN CERTIFICATE-----')) {
    throw new Error('not a PEM certificate');
  }
  return new X509Certificate(pem);
}

/**
 * The organizations of a receipt by MSP id, their PEM certificates parsed:
 * Map(mspId → { mspId, roots: [X509Certificate], intermediates: [X509Certificate] }).
 * Throws if a certificate cannot be parsed or an MSP id appears twice.
 */
export function organizationsById(organizations) {
  const byId = new Map();
  for (const organization of organizations) {
    if (byId.has(organization.mspId)) {
      throw new Error(`the organization ${organization.mspId} is listed twice`);
    }
    byId.set(organization.mspId, {
      mspId: organization.mspId,
      roots: organization.rootCertificates.map(parseCertificate),
      intermediates: organization.intermediateCertificates.map(parseCertificate),
    });
  }
  return byId;
}

/**
 * Whether `certificate` chains to a root of `organization` at `date`: it, or an intermediate of
 * the organization that itself chains, is signed by one of the roots and names it as its issuer,
 * and every certificate on the way (the root included) is valid at `date`.
 */
export async function chainsTo(certificate, organization, date) {
  return chainsWithin(certificate, organization, date, organization.intermediates.length);
}

async function chainsWithin(certificate, organization, date, depth) {
  for (const root of organization.roots) {
    if (validAt(root, date) && await issuedBy(certificate, root, date)) {
      return true;
    }
  }
  if (depth === 0) {
    return false;
  }
  for (const intermediate of organization.intermediates) {
    if (intermediate !== certificate
      && await issuedBy(certificate, intermediate, date)
      && await chainsWithin(intermediate, organization, date, depth - 1)) {
      return true;
    }
  }
  return false;
}

function validAt(certificate, date) {
  const time = date.getTime();
  return certificate.notBefore.getTime() <= time && time <= certificate.notAfter.getTime();
}

async function issuedBy(certificate, issuer, date) {
  if (!equalBytes(certificate.issuerName.toArrayBuffer(), issuer.subjectName.toArrayBuffer())) {
    return false;
  }
  try {
    return await certificate.verify({ publicKey: issuer.publicKey, date }, webCrypto());
  } catch {
    return false;
  }
}

/**
 * Whether `signature` over `data` verifies with the certificate's public key: DER ECDSA with
 * SHA-256 (what Fabric signs with) or Ed25519. Never throws: a signature that cannot be read is
 * one that does not verify.
 */
export async function verifySignature(certificate, data, signature) {
  try {
    const crypto = webCrypto();
    const algorithm = certificate.publicKey.algorithm;
    if (algorithm.name === 'Ed25519') {
      const key = await certificate.publicKey.export({ name: 'Ed25519' }, ['verify'], crypto);
      return await crypto.subtle.verify({ name: 'Ed25519' }, key, signature, data);
    }
    const size = CURVE_SIZES[algorithm.namedCurve];
    if (algorithm.name !== 'ECDSA' || !size) {
      return false;
    }
    const key = await certificate.publicKey.export(
      { name: 'ECDSA', namedCurve: algorithm.namedCurve }, ['verify'], crypto);
    const raw = ecdsaDerToRaw(signature, size);
    return await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, raw, data);
  } catch {
    return false;
  }
}

/**
 * The holder's role as the certificate states it: the Fabric CA attribute fitledger.role, else
 * hf.Type, else a Fabric node OU (client, peer, admin, orderer), else null. Never the holder's name.
 */
export function roleOf(certificate) {
  const attributes = fabricCaAttributes(certificate);
  const role = attributes['fitledger.role'] ?? attributes['hf.Type'];
  if (typeof role === 'string' && role !== '') {
    return role;
  }
  const units = certificate.subjectName.getField('OU').map((unit) => unit.toLowerCase());
  return FABRIC_OU_ROLES.find((candidate) => units.includes(candidate)) ?? null;
}

function fabricCaAttributes(certificate) {
  const extension = certificate.getExtension(FABRIC_CA_ATTRIBUTES);
  if (!extension) {
    return {};
  }
  try {
    const attributes = JSON.parse(new TextDecoder().decode(extension.value)).attrs;
    return attributes && typeof attributes === 'object' ? attributes : {};
  } catch {
    return {};
  }
}

/** Hex SHA-256 of the certificate's DER, as people compare fingerprints. */
export async function fingerprint(certificate) {
  return toHex(await webCrypto().subtle.digest('SHA-256', certificate.rawData));
}
