package org.fitledger.gateway.verify;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.gateway.index.InvalidTransaction;
import org.fitledger.gateway.people.CurrentPerson;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.people.Scope;
import org.fitledger.model.error.ErrorCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/audit/verify}: does the index equal the ledger, and does the chain hold;
 * {@code GET /api/v1/audit/invalid-transactions}: what the index skipped, and why; and {@code GET
 * /api/v1/audit/quarantined-transactions}: which valid transactions it could not hold, and why.
 */
@RestController
@Tag(name = "audit")
class VerifyController {
  private final Verifier verifier;
  private final VerificationRepository index;

  VerifyController(Verifier verifier, VerificationRepository index) {
    this.verifier = verifier;
    this.index = index;
  }

  @GetMapping("/api/v1/audit/verify")
  @Operation(
      summary =
          "Verify the index against the ledger (supervisors): the block hash chain from block 0,"
              + " the indexed transactions and every record against world state")
  VerifyReport verify(@RequestAttribute(CurrentPerson.ATTRIBUTE) Person person) {
    requireSupervisor(person);
    return verifier.verify(person);
  }

  @GetMapping("/api/v1/audit/invalid-transactions")
  @Operation(
      summary =
          "Transactions the peers committed as invalid (supervisors), with their validation codes;"
              + " the index holds nothing of them")
  List<InvalidTransaction> invalidTransactions(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person,
      @RequestParam(name = "fromBlock", defaultValue = "0") long fromBlock,
      @RequestParam(name = "limit", defaultValue = "100") int limit) {
    requireSupervisor(person);
    requirePage(fromBlock, limit);
    return index.skipped(fromBlock, limit);
  }

  @GetMapping("/api/v1/audit/quarantined-transactions")
  @Operation(
      summary =
          "Valid transactions the index quarantined (supervisors): it could not hold their records"
              + " as the ledger does (text PostgreSQL cannot store, a record it cannot read), so"
              + " those records keep their previous version in the index; each with the reason")
  List<QuarantinedTransaction> quarantinedTransactions(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person,
      @RequestParam(name = "fromBlock", defaultValue = "0") long fromBlock,
      @RequestParam(name = "limit", defaultValue = "100") int limit) {
    requireSupervisor(person);
    requirePage(fromBlock, limit);
    return index.quarantined(fromBlock, limit);
  }

  private static void requirePage(long fromBlock, int limit) {
    if (fromBlock < 0 || limit < 1 || limit > 1000) {
      throw new CodedException(
          ErrorCode.INVALID_INPUT, "fromBlock must be >= 0 and limit within 1..1000");
    }
  }

  private static void requireSupervisor(Person person) {
    if (!Scope.of(person).isSupervisor()) {
      throw new CodedException(
          ErrorCode.ACCESS_DENIED, "only supervisors may audit the index against the ledger");
    }
  }
}
