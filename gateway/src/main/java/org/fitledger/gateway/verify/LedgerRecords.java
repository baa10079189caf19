package org.fitledger.gateway.verify;

import java.util.ArrayList;
import java.util.List;
import org.fitledger.gateway.ledger.LedgerPort;
import org.fitledger.gateway.people.Person;
import org.fitledger.model.ledger.Transactions;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** World state's side of verification: the chaincode's {@code exportRecords}, as a supervisor. */
@Component
class LedgerRecords {
  private final LedgerPort ledger;
  private final JsonMapper json;

  LedgerRecords(LedgerPort ledger, JsonMapper json) {
    this.ledger = ledger;
    this.json = json;
  }

  /** The stored records of a kind, read as this person. */
  RecordSource records(Person person, String kind) {
    return (fromId, limit) -> {
      JsonNode page =
          json.readTree(
              ledger.evaluate(
                  person, Transactions.EXPORT_RECORDS, kind, fromId, Integer.toString(limit)));
      List<RecordSource.Entry> records = new ArrayList<>();
      for (JsonNode entry : page.get("records")) {
        records.add(new RecordSource.Entry(entry.get("id").asString(), entry.get("record")));
      }
      JsonNode next = page.get("next");
      return new RecordSource.Page(records, next.isNull() ? null : next.asString());
    };
  }
}
