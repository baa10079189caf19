package org.fitledger.chaincode.fabric;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.fitledger.chaincode.shared.Caller;
import org.fitledger.chaincode.shared.ChangeLog;
import org.fitledger.chaincode.shared.HistoryEntry;
import org.fitledger.chaincode.shared.RecordKind;
import org.fitledger.chaincode.shared.RecordPage;
import org.fitledger.chaincode.shared.TransactionContext;
import org.fitledger.model.ledger.WrittenRecords;
import org.fitledger.model.people.NextActor;
import org.hyperledger.fabric.contract.ClientIdentity;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

/**
 * A {@link TransactionContext} over a Fabric transaction. Records live under composite keys of the
 * kind and the id, index entries under composite keys of the index and its attributes; the caller
 * is read from the submitter's certificate.
 */
final class StubTransactionContext implements TransactionContext {
  // An empty value would delete the key, so index entries hold one zero byte.
  private static final byte[] INDEX_VALUE = {0};

  private final ChaincodeStub stub;
  private final ClientIdentity identity;
  private final List<Written> written = new ArrayList<>();

  private record Written(RecordKind kind, String id, String json) {}

  StubTransactionContext(Context ctx) {
    this.stub = ctx.getStub();
    this.identity = ctx.getClientIdentity();
  }

  @Override
  public Optional<String> getState(RecordKind kind, String id) {
    byte[] value = stub.getState(key(kind, id));
    return value == null || value.length == 0
        ? Optional.empty()
        : Optional.of(new String(value, UTF_8));
  }

  @Override
  public List<String> getAll(RecordKind kind) {
    return scan(new CompositeKey(kind.objectType()), KeyValue::getStringValue);
  }

  @Override
  public RecordPage page(RecordKind kind, String fromId, int limit) {
    String bookmark = fromId.isEmpty() ? "" : key(kind, fromId);
    List<RecordPage.Stored> records = new ArrayList<>();
    try (QueryResultsIteratorWithMetadata<KeyValue> entries =
        stub.getStateByPartialCompositeKeyWithPagination(
            new CompositeKey(kind.objectType()), limit, bookmark)) {
      entries.forEach(
          entry ->
              records.add(
                  new RecordPage.Stored(
                      stub.splitCompositeKey(entry.getKey()).getAttributes().get(0),
                      entry.getStringValue())));
      String next = entries.getMetadata().getBookmark();
      return new RecordPage(
          records, next.isEmpty() ? null : stub.splitCompositeKey(next).getAttributes().get(0));
    } catch (Exception e) {
      throw new IllegalStateException("cannot page through " + kind.objectType(), e);
    }
  }

  @Override
  public void putState(RecordKind kind, String id, String json) {
    stub.putState(key(kind, id), json.getBytes(UTF_8));
    written.add(new Written(kind, id, json));
  }

  /**
   * What the transaction answers: a record it wrote is named ({@code
   * {"written":{"kind":"patrol","id":"P-1"}}}), since its write set carries it already; any other
   * result as it is.
   */
  String answer(String result) {
    for (Written record : written) {
      if (record.json().equals(result)) {
        return "{\""
            + WrittenRecords.ANSWER_FIELD
            + "\":"
            + ChangeLog.reference(record.kind(), record.id())
            + "}";
      }
    }
    return result;
  }

  @Override
  public void putIndex(String index, List<String> attributes) {
    stub.putState(new CompositeKey(index, attributes).toString(), INDEX_VALUE);
  }

  @Override
  public void deleteIndex(String index, List<String> attributes) {
    stub.delState(new CompositeKey(index, attributes).toString());
  }

  @Override
  public List<List<String>> findIndex(String index, List<String> prefix) {
    return scan(
        new CompositeKey(index, prefix),
        entry -> List.copyOf(stub.splitCompositeKey(entry.getKey()).getAttributes()));
  }

  @Override
  public List<HistoryEntry> history(RecordKind kind, String id) {
    List<HistoryEntry> entries = new ArrayList<>();
    try (QueryResultsIterator<KeyModification> versions = stub.getHistoryForKey(key(kind, id))) {
      for (KeyModification version : versions) {
        entries.add(
            new HistoryEntry(
                version.getTxId(),
                version.getTimestamp().toString(),
                version.isDeleted(),
                version.isDeleted() ? null : version.getStringValue()));
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the history of " + kind + " " + id, e);
    }
    return entries;
  }

  @Override
  public Optional<String> transientValue(String key) {
    return Optional.ofNullable(stub.getTransient().get(key)).map(value -> new String(value, UTF_8));
  }

  @Override
  public Optional<String> getPrivate(String collection, String key) {
    byte[] value = stub.getPrivateData(collection, key);
    return value == null || value.length == 0
        ? Optional.empty()
        : Optional.of(new String(value, UTF_8));
  }

  @Override
  public void putPrivate(String collection, String key, String json) {
    stub.putPrivateData(collection, key, json.getBytes(UTF_8));
  }

  @Override
  public void purgePrivate(String collection, String key) {
    stub.purgePrivateData(collection, key);
  }

  @Override
  public void setEndorsement(RecordKind kind, String id, NextActor nextActor) {
    stub.setStateValidationParameter(key(kind, id), EndorsementPolicies.of(nextActor));
  }

  @Override
  public void setEvent(String name, String json) {
    stub.setEvent(name, json.getBytes(UTF_8));
  }

  @Override
  public String txId() {
    return stub.getTxId();
  }

  @Override
  public Instant timestamp() {
    return stub.getTxTimestamp();
  }

  @Override
  public Caller caller() {
    return Certificates.caller(identity);
  }

  private <T> List<T> scan(CompositeKey prefix, Function<KeyValue, T> map) {
    List<T> results = new ArrayList<>();
    try (QueryResultsIterator<KeyValue> entries = stub.getStateByPartialCompositeKey(prefix)) {
      for (KeyValue entry : entries) {
        results.add(map.apply(entry));
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot scan " + prefix, e);
    }
    return results;
  }

  private static String key(RecordKind kind, String id) {
    return new CompositeKey(kind.objectType(), id).toString();
  }
}
