package org.fitledger.gateway.health;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fitledger.gateway.people.CurrentPerson;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.write.LedgerWrites;
import org.fitledger.gateway.write.OrderedWrite;
import org.fitledger.model.ledger.Transactions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/ledger/ping}: the write path's liveness check. It submits the chaincode's
 * {@code ping} as the signed-in person and answers once the transaction is committed. A ping writes
 * nothing, so there is no index to wait for.
 */
@RestController
@Tag(name = "ledger")
class LedgerPingController {
  private final LedgerWrites writes;

  LedgerPingController(LedgerWrites writes) {
    this.writes = writes;
  }

  @PostMapping("/api/v1/ledger/ping")
  @OrderedWrite
  @Operation(
      summary = "Write-path liveness check (anyone signed in)",
      description =
          "Endorses, orders and commits the chaincode's no-op transaction as the signed-in person"
              + " and answers {txId, blockNumber} once it is committed. It writes nothing"
              + " and sets no event, so it shows that the whole write path works, and is the"
              + " ceiling of the ledger's throughput.")
  ResponseEntity<Pinged> ping(@RequestAttribute(CurrentPerson.ATTRIBUTE) Person person) {
    return writes.ordered(
        person,
        committed -> new Pinged(committed.txId(), committed.blockNumber()),
        Transactions.PING);
  }

  /**
   * A committed ping.
   *
   * @param txId its transaction id
   * @param blockNumber the block it was committed in
   */
  record Pinged(String txId, long blockNumber) {}
}
