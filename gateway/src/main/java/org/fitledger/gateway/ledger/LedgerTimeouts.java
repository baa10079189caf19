package org.fitledger.gateway.ledger;

import io.grpc.CallOptions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The deadline of each kind of ledger call, from the {@code fitledger.ledger.*} properties.
 *
 * <p>{@code proposal.evaluate(LedgerTimeouts.within(timeouts.evaluate()))}
 *
 * @param evaluate for an evaluate (query)
 * @param endorse for collecting endorsements
 * @param submit for handing the transaction to the orderer
 * @param commitStatus for waiting until the transaction is committed, each time it is submitted
 * @param probe for the health probe
 * @param write for a whole write, every endorsement, submission, commit status and wait between
 *     them together; shorter than the clients' own timeouts (the field app's and the tests' 30 s),
 *     less the index's visibility timeout
 */
@ConfigurationProperties("fitledger.ledger")
record LedgerTimeouts(
    @DefaultValue("5s") Duration evaluate,
    @DefaultValue("15s") Duration endorse,
    @DefaultValue("2s") Duration submit,
    @DefaultValue("4s") Duration commitStatus,
    @DefaultValue("2s") Duration probe,
    @DefaultValue("20s") Duration write) {

  /** Call options with a deadline this far from now. */
  public static UnaryOperator<CallOptions> within(Duration timeout) {
    return options -> options.withDeadlineAfter(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }
}
