package org.fitledger.chaincode.export;

import java.util.Arrays;
import java.util.Objects;
import org.fitledger.chaincode.shared.JsonCodec;
import org.fitledger.chaincode.shared.RecordKind;
import org.fitledger.chaincode.shared.RecordPage;
import org.fitledger.chaincode.shared.TransactionContext;
import org.fitledger.model.people.Role;
import org.fitledger.model.validation.Validation;

/**
 * Hands supervisors the stored records of world state, a page at a time and exactly as stored, so
 * that the off-chain index can be checked record by record against the ledger.
 *
 * <pre>{@code
 * export.page(tx, "ticket", "", "500");
 * // {"kind":"ticket","records":[{"id":"T-1","record":{...}},...],"next":"T-501"}
 * }</pre>
 */
public final class RecordExport {
  /** The most records of one page. */
  public static final int MAX_PAGE = 500;

  private final JsonCodec json;

  /** Creates an export that writes its answers with {@code json}. */
  public RecordExport(JsonCodec json) {
    this.json = Objects.requireNonNull(json, "json");
  }

  /**
   * One page of the stored records of a kind, in key order.
   *
   * @param kind {@code equipment}, {@code contract}, {@code patrol}, {@code ticket} or {@code
   *     settings}
   * @param fromId the id to start at, inclusive; empty for the first page
   * @param limit the most records to return, 1..{@value #MAX_PAGE}
   * @return {@code {"kind":…,"records":[{"id":…,"record":{…}}],"next":id or null}}
   * @throws org.fitledger.model.error.Refusal ACCESS_DENIED unless the caller is a supervisor;
   *     INVALID_INPUT for an unknown kind, a malformed id or a limit out of range
   */
  public String page(TransactionContext tx, String kind, String fromId, String limit) {
    tx.caller().readsAs(Role.SUPERVISOR, "export the ledger's records");
    RecordKind recordKind = kind(kind);
    String from = fromId == null || fromId.isEmpty() ? "" : Validation.ticketId("fromId", fromId);
    RecordPage page = tx.page(recordKind, from, limit(limit));
    StringBuilder out =
        new StringBuilder("{\"kind\":").append(json.encode(recordKind.objectType()));
    out.append(",\"records\":[");
    for (int i = 0; i < page.records().size(); i++) {
      RecordPage.Stored stored = page.records().get(i);
      out.append(i == 0 ? "" : ",")
          .append("{\"id\":")
          .append(json.encode(stored.id()))
          .append(",\"record\":")
          .append(stored.json())
          .append('}');
    }
    return out.append("],\"next\":").append(json.encode(page.nextId())).append('}').toString();
  }

  private static RecordKind kind(String kind) {
    return Arrays.stream(RecordKind.values())
        .filter(k -> k.objectType().equals(kind))
        .findFirst()
        .orElseThrow(
            () ->
                Validation.invalid(
                    "kind must be one of equipment, contract, patrol, ticket, settings: " + kind));
  }

  // Decimal digits only, as setLocationTolerance reads its meters: no sign, no other script's
  // digits.
  private static int limit(String limit) {
    if (limit == null || !limit.matches("[0-9]{1,9}")) {
      throw Validation.invalid("limit must be a whole number 1.." + MAX_PAGE + ": " + limit);
    }
    return Validation.range("limit", Integer.valueOf(limit), 1, MAX_PAGE);
  }
}
