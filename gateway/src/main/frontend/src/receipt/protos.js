// The Fabric protobuf messages a receipt holds, decoded with @hyperledger/fabric-protos.
// Only the generated *_pb.js modules are imported: the package's index also loads gRPC,
// which neither the browser nor the verifier needs.
import common from '@hyperledger/fabric-protos/lib/common/common_pb.js';
import msp from '@hyperledger/fabric-protos/lib/msp/identities_pb.js';
import proposal from '@hyperledger/fabric-protos/lib/peer/proposal_pb.js';
import proposalResponse from '@hyperledger/fabric-protos/lib/peer/proposal_response_pb.js';
import transaction from '@hyperledger/fabric-protos/lib/peer/transaction_pb.js';
import rwset from '@hyperledger/fabric-protos/lib/ledger/rwset/rwset_pb.js';
import kvrwset from '@hyperledger/fabric-protos/lib/ledger/rwset/kvrwset/kv_rwset_pb.js';

export { common, msp, proposal, proposalResponse, transaction, rwset, kvrwset };

export const ENDORSER_TRANSACTION = common.HeaderType.ENDORSER_TRANSACTION;
export const SIGNATURES = common.BlockMetadataIndex.SIGNATURES;
export const TRANSACTIONS_FILTER = common.BlockMetadataIndex.TRANSACTIONS_FILTER;
export const VALID = transaction.TxValidationCode.VALID;

const VALIDATION_CODE_NAMES = Object.fromEntries(
  Object.entries(transaction.TxValidationCode).map(([name, code]) => [code, name]),
);

/** The peer.TxValidationCode name of a validation flag, e.g. 11 is MVCC_READ_CONFLICT. */
export function validationCodeName(code) {
  return VALIDATION_CODE_NAMES[code] ?? `UNKNOWN_CODE_${code}`;
}

/** A common.Block from its protobuf bytes. */
export function decodeBlock(bytes) {
  return common.Block.deserializeBinary(bytes);
}

/** An identity's MSP id and its PEM certificate, from msp.SerializedIdentity bytes. */
export function decodeIdentity(bytes) {
  const identity = msp.SerializedIdentity.deserializeBinary(bytes);
  return { mspId: identity.getMspid(), pem: new TextDecoder().decode(identity.getIdBytes_asU8()) };
}

/**
 * The parts of a transaction envelope the verifier reads: the signed payload and its signature,
 * the channel header's fields, the creator's serialized identity and the payload's data.
 */
export function decodeEnvelope(bytes) {
  const envelope = common.Envelope.deserializeBinary(bytes);
  const payload = common.Payload.deserializeBinary(envelope.getPayload_asU8());
  const header = payload.getHeader();
  if (!header) {
    throw new Error('the transaction payload has no header');
  }
  const channelHeader = common.ChannelHeader.deserializeBinary(header.getChannelHeader_asU8());
  const signatureHeader = common.SignatureHeader.deserializeBinary(header.getSignatureHeader_asU8());
  return {
    payloadBytes: envelope.getPayload_asU8(),
    signature: envelope.getSignature_asU8(),
    type: channelHeader.getType(),
    txId: channelHeader.getTxId(),
    channelId: channelHeader.getChannelId(),
    timestamp: timestampDate(channelHeader.getTimestamp()),
    creator: signatureHeader.getCreator_asU8(),
    data: payload.getData_asU8(),
  };
}

/** A google.protobuf.Timestamp as a Date, or null when absent. */
function timestampDate(timestamp) {
  if (!timestamp) {
    return null;
  }
  return new Date(timestamp.getSeconds() * 1000 + Math.floor(timestamp.getNanos() / 1e6));
}

/**
 * The endorsed actions of a peer.Transaction: for each, the proposal response payload bytes the
 * endorsers signed and their endorsements ({ endorser, signature } as bytes).
 */
export function decodeEndorsedActions(transactionBytes) {
  const tx = transaction.Transaction.deserializeBinary(transactionBytes);
  return tx.getActionsList().map((action) => {
    const actionPayload = transaction.ChaincodeActionPayload.deserializeBinary(action.getPayload_asU8());
    const endorsed = actionPayload.getAction();
    if (!endorsed) {
      throw new Error('a transaction action has no endorsed action');
    }
    return {
      proposalResponsePayload: endorsed.getProposalResponsePayload_asU8(),
      endorsements: endorsed.getEndorsementsList().map((endorsement) => ({
        endorser: endorsement.getEndorser_asU8(),
        signature: endorsement.getSignature_asU8(),
      })),
    };
  });
}

/** The KV writes ({ key, isDelete, value }) an endorsed action made in a namespace. */
export function decodeWrites(proposalResponsePayloadBytes, namespace) {
  const responsePayload = proposalResponse.ProposalResponsePayload.deserializeBinary(proposalResponsePayloadBytes);
  const action = proposal.ChaincodeAction.deserializeBinary(responsePayload.getExtension_asU8());
  const txRwset = rwset.TxReadWriteSet.deserializeBinary(action.getResults_asU8());
  return txRwset.getNsRwsetList()
    .filter((nsRwset) => nsRwset.getNamespace() === namespace)
    .flatMap((nsRwset) => kvrwset.KVRWSet.deserializeBinary(nsRwset.getRwset_asU8()).getWritesList())
    .map((write) => ({ key: write.getKey(), isDelete: write.getIsDelete(), value: write.getValue_asU8() }));
}

/** The orderers' signatures of metadata[SIGNATURES]: its value and each MetadataSignature's parts. */
export function decodeBlockSignatures(metadataBytes) {
  const metadata = common.Metadata.deserializeBinary(metadataBytes);
  return {
    value: metadata.getValue_asU8(),
    signatures: metadata.getSignaturesList().map((signature) => ({
      signatureHeader: signature.getSignatureHeader_asU8(),
      identifierHeader: signature.getIdentifierHeader_asU8(),
      signature: signature.getSignature_asU8(),
    })),
  };
}

/** The creator bytes (a SerializedIdentity) of a common.SignatureHeader. */
export function decodeSignatureHeaderCreator(bytes) {
  return common.SignatureHeader.deserializeBinary(bytes).getCreator_asU8();
}
