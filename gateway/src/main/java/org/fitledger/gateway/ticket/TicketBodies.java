package org.fitledger.gateway.ticket;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.fitledger.model.format.Formats;

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
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = Formats.TICKET_ID) String id,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = Formats.ID) String equipmentId,
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              allowableValues = {"CRITICAL", "MAJOR", "MINOR"})
          String severity,
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              allowableValues = {
                "STRUCTURAL",
                "MECHANICAL",
                "SURFACE",
                "SIGNAGE",
                "MISSING_PART",
                "OTHER"
              })
          String category,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = 1000)
          String description) {}

  /**
   * {@code POST .../acknowledgement} ({@code acknowledgeTicket}).
   *
   * @param note the contractor's note; absent means empty
   */
  record Acknowledgement(@Schema(maxLength = 1000) String note) {
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
  record Evidence(
      @Schema(maxLength = 1000) String note,
      @ArraySchema(
              maxItems = 10,
              schema = @Schema(pattern = Formats.SHA256),
              arraySchema = @Schema(description = "a repair needs at least one"))
          List<String> photoHashes) {
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
  record Verification(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean accepted,
      @Schema(maxLength = 1000, description = "required when the repair is rejected")
          String reason) {
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
  record Reassignment(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = Formats.ID) String contractId,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = 1000)
          String reason) {
    Reassignment {
      reason = reason == null ? "" : reason;
    }
  }

  /**
   * {@code POST .../cancellation} ({@code cancelTicket}, supervisors).
   *
   * @param reason why
   */
  record Cancellation(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = 1000)
          String reason) {
    Cancellation {
      reason = reason == null ? "" : reason;
    }
  }
}
