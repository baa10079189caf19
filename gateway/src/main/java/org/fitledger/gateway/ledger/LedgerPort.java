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
   * Whether the person's transactions can only be signed on their own device, the gateway holding
   * no key of theirs: so for anyone who enrolled a device ({@link #prepare}, {@link #endorse},
   * {@link #commit}).
   *
   * @param person who would submit
   */
  boolean signsOnDevice(Person person);

  /**
   * Prepares a proposal for its signer to sign on their own device, so that the gateway never holds
   * their key: the first of the three steps of {@link #endorse} and {@link #commit}. Nothing
   * reaches a peer yet.
   *
   * @param person who signs it, under whose certificate the proposal is made
   * @param transaction the chaincode function
   * @param arguments its arguments
   * @return the proposal to sign
   */
  Unsigned prepare(Person person, String transaction, String... arguments);

  /**
   * Has the peers endorse a proposal its signer signed, with the same retries as {@link #write}.
   *
   * @param person who signed it
   * @param proposal the proposal, as {@link #prepare} gave it ({@link Unsigned#serialized})
   * @param signature the signer's ECDSA signature of its {@link Unsigned#message}, DER-encoded with
   *     a low S
   * @param orderUnchanged whether a transaction that writes no public state is ordered all the same
   *     ({@link #submit}: a ping, a purge of private data), not answered as a record sent again
   * @return the transaction to sign, or the answer of one that writes nothing
   * @throws LedgerException if the peers refused it
   */
  Endorsement endorse(Person person, byte[] proposal, byte[] signature, boolean orderUnchanged);

  /**
   * Orders a transaction its signer signed and waits for its commit, resubmitting it unchanged
   * while no commit status comes, as {@link #write} does. A transaction committed as a conflict
   * cannot be proposed again without its signer, so it answers {@link
   * org.fitledger.model.error.ErrorCode#COMMIT_FAILED}, and the signer starts over.
   *
   * @param person who signed it
   * @param transaction the endorsed transaction, as {@link #endorse} gave it ({@link
   *     Unsigned#serialized})
   * @param signature the signer's ECDSA signature of its {@link Unsigned#message}, DER-encoded with
   *     a low S
   * @return the committed transaction
   * @throws LedgerException if ordering or validation failed
   */
  Submitted commit(Person person, byte[] transaction, byte[] signature);

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
