package org.fitledger.gateway.ticket;

import java.util.List;

/** The bodies of the ticket endpoints, each passed to its chaincode function as JSON. */
final class TicketBodies {

  private TicketBodies() {}

  /**
   * {@code POST /api/v1/tickets} ({@code openTicket}, supervisors).
   *
   * @param id the ticket id
   * @param equipmentId the equipment at fault
   * @param severity {@code CRITICAL}, {@code MAJOR} or {@code MINOR}
   * @param category e.g. {@code MECHANICAL}
   * @param description what is wrong
   */
  record NewTicket(
      String id, String equipmentId, String severity, String category, String description) {}

  /**
   * {@code POST .../acknowledgement} ({@code acknowledgeTicket}).
   *
   * @param note the contractor's note; absent means empty
   */
  record Acknowledgement(String note) {
    Acknowledgement {
      note = note == null ? "" : note;
    }
  }

  /**
   * {@code POST .../make-safe} ({@code makeTicketSafe}) and {@code POST .../repair} ({@code
   * confirmRepair}, 1..10 photo hashes).
   *
   * @param note the contractor's account; absent means empty
   * @param photoHashes lowercase hex SHA-256 of each photo
   */
  record Evidence(String note, List<String> photoHashes) {
    Evidence {
      note = note == null ? "" : note;
      photoHashes = photoHashes == null ? List.of() : photoHashes;
    }
  }

  /**
   * {@code POST .../verification} ({@code verifyRepair}, inspectors).
   *
   * @param accepted whether the repair is accepted
   * @param reason why not; required when rejected
   */
  record Verification(Boolean accepted, String reason) {
    Verification {
      reason = reason == null ? "" : reason;
    }
  }

  /**
   * {@code POST .../reassignment} ({@code reassignTicket}, supervisors).
   *
   * @param contractId the contract whose company takes the ticket over
   * @param reason why
   */
  record Reassignment(String contractId, String reason) {
    Reassignment {
      reason = reason == null ? "" : reason;
    }
  }

  /**
   * {@code POST .../cancellation} ({@code cancelTicket}, supervisors).
   *
   * @param reason why
   */
  record Cancellation(String reason) {
    Cancellation {
      reason = reason == null ? "" : reason;
    }
  }
}
