package org.fitledger.model.ticket;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.fitledger.model.format.Formats;
import org.fitledger.model.validation.Validation;

/** The JSON bodies of the ticket transitions, each checked before use. */
public final class StepRequests {
  /** The longest note or reason. */
  public static final int MAX_TEXT = 1000;

  /** The most photos of one step. */
  public static final int MAX_PHOTOS = 10;

  private StepRequests() {}

  /**
   * {@code acknowledgeTicket}: {@code {"note":"on our way"}}.
   *
   * @param note 0..1000 characters
   */
  @Schema(name = "Acknowledgement")
  public record Acknowledge(@Schema(maxLength = MAX_TEXT) String note) {
    /** An absent note is an empty one. */
    public Acknowledge {
      note = note == null ? "" : note;
    }

    /** The request checked. */
    public Acknowledge validated() {
      return new Acknowledge(Validation.optionalText("note", note, MAX_TEXT));
    }
  }

  /**
   * {@code makeTicketSafe} and {@code confirmRepair}: {@code {"note":"...","photoHashes":[...]}}.
   *
   * @param note 0..1000 characters
   * @param photoHashes lowercase hex SHA-256 hashes of the evidence photos
   */
  public record Evidence(
      @Schema(maxLength = MAX_TEXT) String note,
      @ArraySchema(
              maxItems = MAX_PHOTOS,
              schema = @Schema(pattern = Formats.SHA256),
              arraySchema = @Schema(description = "a repair needs at least one"))
          List<String> photoHashes) {
    /** An absent note or photo list is an empty one. */
    public Evidence {
      note = note == null ? "" : note;
      photoHashes = photoHashes == null ? List.of() : photoHashes;
    }

    /** The request checked, with at least {@code minPhotos} photos. */
    public Evidence validated(int minPhotos) {
      return new Evidence(
          Validation.optionalText("note", note, MAX_TEXT),
          Validation.hashes("photoHashes", photoHashes, minPhotos, MAX_PHOTOS));
    }
  }

  /**
   * {@code verifyRepair}: {@code {"accepted":false,"reason":"bolt still loose"}}.
   *
   * @param accepted whether the repair is accepted
   * @param reason required (1..1000) when rejected, optional (0..1000) when accepted
   */
  @Schema(name = "Verification")
  public record Verify(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean accepted,
      @Schema(maxLength = MAX_TEXT, description = "required when the repair is rejected")
          String reason) {
    /** The request checked: a rejection needs a reason. */
    public Verify validated() {
      boolean ok = Validation.required("accepted", accepted);
      return new Verify(
          ok,
          ok
              ? Validation.optionalText("reason", reason, MAX_TEXT)
              : Validation.text("reason", reason, MAX_TEXT));
    }
  }

  /**
   * {@code reassignTicket}: {@code {"contractId":"C-2","reason":"..."}}.
   *
   * @param contractId the contract whose company takes the ticket over
   * @param reason 1..1000 characters
   */
  @Schema(name = "Reassignment")
  public record Reassign(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = Formats.ID) String contractId,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = MAX_TEXT)
          String reason) {
    /** The request checked. */
    public Reassign validated() {
      return new Reassign(
          Validation.id("contractId", contractId), Validation.text("reason", reason, MAX_TEXT));
    }
  }

  /**
   * {@code cancelTicket}: {@code {"reason":"duplicate of T-7"}}.
   *
   * @param reason 1..1000 characters
   */
  @Schema(name = "Cancellation")
  public record Cancel(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = MAX_TEXT)
          String reason) {
    /** The request checked. */
    public Cancel validated() {
      return new Cancel(Validation.text("reason", reason, MAX_TEXT));
    }
  }
}
