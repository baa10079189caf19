package org.fitledger.gateway.ledger;

import java.util.Map;
import org.fitledger.gateway.people.Person;

/**
 * Calls the chaincode as a person, under their own Fabric identity.
 *
 * <pre>{@code
 * Submitted done = ledger.write(person, Transactions.RECORD_PATROL, patrolJson);
 * String equipment = ledger.evaluate(person, Transactions.READ_EQUIPMENT, "eq-1");
 * }</pre>
 *
 * Every failure is a {@link LedgerException}.
 */
public interface LedgerPort {

  /**
   * Endorses, orders and waits for the commit of a transaction.
   *
   * @param person who submits it
   * @param transaction the chaincode function
   * @param arguments its arguments
   * @return the committed transaction
   * @throws LedgerException if endorsement, ordering or validation failed
   */
  Submitted submit(Person person, String transaction, String... arguments);

  /**
   * Writes a record: like {@link #submit}, except that an endorsement that writes nothing (the
   * record sent again, answered from the ledger's state) is not ordered, so that retries never add
   * transactions; its result is {@link Submitted#unchanged}.
   *
   * @param person who writes
   * @param transaction the chaincode function
   * @param arguments its arguments
   * @return the committed transaction, or the unchanged answer
   * @throws LedgerException if endorsement, ordering or validation failed
   */
  Submitted write(Person person, String transaction, String... arguments);

  /**
   * Like {@link #submit}, with transient data: sent to the endorsing peers only, never written to
   * the ledger, for the writes of a private data collection.
   *
   * @param person who submits it
   * @param transaction the chaincode function
   * @param transientData the transient data, by key
   * @param arguments its arguments
   * @return the committed transaction
   * @throws LedgerException if endorsement, ordering or validation failed
   */
  Submitted submitPrivate(
      Person person, String transaction, Map<String, String> transientData, String... arguments);

  /**
   * Evaluates a function on a peer without ordering it.
   *
   * @param person who asks
   * @param transaction the chaincode function
   * @param arguments its arguments
   * @return what it returned, as UTF-8 text
   * @throws LedgerException if the peer refused or failed
   */
  String evaluate(Person person, String transaction, String... arguments);
}
