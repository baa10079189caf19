package org.fitledger.gateway.verify;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.gateway.error.ErrorCode;
import org.fitledger.gateway.people.CurrentPerson;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.people.Scope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/audit/verify}: does the index equal the ledger, and does the chain hold. */
@RestController
@Tag(name = "audit")
class VerifyController {
  private final Verifier verifier;

  VerifyController(Verifier verifier) {
    this.verifier = verifier;
  }

  @GetMapping("/api/v1/audit/verify")
  @Operation(
      summary =
          "Verify the index against the ledger (supervisors): the block hash chain from block 0,"
              + " the indexed transactions and every record against world state")
  VerifyReport verify(@RequestAttribute(CurrentPerson.ATTRIBUTE) Person person) {
    if (!Scope.of(person).isSupervisor()) {
      throw new CodedException(
          ErrorCode.ACCESS_DENIED, "only supervisors may verify the index against the ledger");
    }
    return verifier.verify(person);
  }
}
