package org.fitledger.chaincode.fabric;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.fitledger.chaincode.shared.Caller;
import org.fitledger.chaincode.shared.TransactionContext;
import org.hyperledger.fabric.contract.ClientIdentity;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;

/**
 * A {@link TransactionContext} over a Fabric transaction. Keys are composite keys of the object
 * type and the id; the caller is read from the submitter's certificate.
 */
final class StubTransactionContext implements TransactionContext {
  private final ChaincodeStub stub;
  private final ClientIdentity identity;

  StubTransactionContext(Context ctx) {
    this.stub = ctx.getStub();
    this.identity = ctx.getClientIdentity();
  }

  @Override
  public Optional<String> getState(String objectType, String id) {
    byte[] value = stub.getState(key(objectType, id));
    return value == null || value.length == 0
        ? Optional.empty()
        : Optional.of(new String(value, UTF_8));
  }

  @Override
  public void putState(String objectType, String id, String json) {
    stub.putState(key(objectType, id), json.getBytes(UTF_8));
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
    return new Caller(identity.getMSPID(), commonName());
  }

  private static String key(String objectType, String id) {
    return new CompositeKey(objectType, id).toString();
  }

  private String commonName() {
    String subject = identity.getX509Certificate().getSubjectX500Principal().getName();
    try {
      return new LdapName(subject)
          .getRdns().stream()
              .filter(rdn -> "CN".equalsIgnoreCase(rdn.getType()))
              .map(Rdn::getValue)
              .map(Object::toString)
              .findFirst()
              .orElse(subject);
    } catch (InvalidNameException e) {
      throw new IllegalStateException("unreadable certificate subject " + subject, e);
    }
  }
}
