// The two bits of ASN.1 the verifier builds or reads itself, with asn1js: the DER of a block
// header, which the orderers sign, and the DER form of an ECDSA signature, which WebCrypto
// wants as the raw r || s.
import * as asn1js from 'asn1js';

/**
 * The DER of a block header as Fabric signs it:
 * SEQUENCE { INTEGER number, OCTET STRING previous_hash, OCTET STRING data_hash }.
 * `number` is a non-negative integer (number or bigint), encoded minimally.
 */
export function blockHeaderDer(number, previousHash, dataHash) {
  const value = BigInt(number);
  if (value < 0n) {
    throw new Error('a block number cannot be negative');
  }
  const sequence = new asn1js.Sequence({
    value: [
      asn1js.Integer.fromBigInt(value),
      new asn1js.OctetString({ valueHex: previousHash }),
      new asn1js.OctetString({ valueHex: dataHash }),
    ],
  });
  return new Uint8Array(sequence.toBER(false));
}

/**
 * The raw r || s form of a DER ECDSA signature, each integer left-padded to `size` bytes
 * (32 for P-256). Throws if the DER is not SEQUENCE { INTEGER r, INTEGER s } or an integer
 * does not fit the curve.
 */
export function ecdsaDerToRaw(der, size) {
  const parsed = asn1js.fromBER(der);
  if (parsed.offset === -1 || parsed.offset !== der.byteLength) {
    throw new Error('the signature is not DER');
  }
  const sequence = parsed.result;
  const parts = sequence instanceof asn1js.Sequence ? sequence.valueBlock.value : [];
  if (parts.length !== 2 || !parts.every((part) => part instanceof asn1js.Integer)) {
    throw new Error('the signature is not an ECDSA signature');
  }
  const raw = new Uint8Array(2 * size);
  parts.forEach((part, index) => raw.set(unsignedFixed(part.valueBlock.valueHexView, size), index * size));
  return raw;
}

function unsignedFixed(bytes, size) {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) {
    start += 1;
  }
  const digits = bytes.subarray(start);
  if (digits.length > size || (bytes[0] & 0x80) !== 0) {
    throw new Error('an ECDSA signature integer is out of range');
  }
  const padded = new Uint8Array(size);
  padded.set(digits, size - digits.length);
  return padded;
}
