package org.fitledger.model.ticket;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One recorded step of a ticket: who did what, when, with which evidence, and whether it met its
 * deadline.
 *
 * @param action what was done
 * @param by the CN of the person
 * @param byMsp the person's MSP
 * @param company the contractor's company, {@code null} for other roles
 * @param at the transaction timestamp
 * @param txId the transaction id
 * @param onTime for acknowledge, make safe and repair: whether {@code at} was not after the
 *     deadline; {@code null} otherwise
 * @param note the contractor's note, {@code null} for steps without one
 * @param photoHashes SHA-256 hashes of the evidence photos
 * @param reason the reason of an acceptance, rejection, reassignment or cancellation
 */
@JsonPropertyOrder({
  "action",
  "by",
  "byMsp",
  "company",
  "at",
  "txId",
  "onTime",
  "note",
  "photoHashes",
  "reason"
})
public record Step(
    StepAction action,
    String by,
    String byMsp,
    String company,
    String at,
    String txId,
    Boolean onTime,
    String note,
    List<String> photoHashes,
    String reason) {

  /** Copies the hashes; none when absent. */
  public Step {
    photoHashes = photoHashes == null ? List.of() : List.copyOf(photoHashes);
  }

  /**
   * Whether {@code other} records the same request as this step: the same action by the same
   * person, with the same note, evidence and reason. Only when, where and how punctually differ.
   */
  public boolean sameRequestAs(Step other) {
    return action == other.action
        && Objects.equals(by, other.by)
        && Objects.equals(byMsp, other.byMsp)
        && Objects.equals(note, other.note)
        && photoHashes.equals(other.photoHashes)
        && Objects.equals(reason, other.reason);
  }
}
