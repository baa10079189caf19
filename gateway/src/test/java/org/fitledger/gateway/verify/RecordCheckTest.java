package org.fitledger.gateway.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RecordCheckTest {
  private static final JsonMapper JSON = JsonMapper.shared();

  /** Records in id order, paged like the chaincode and the index page them. */
  private static final class Records implements RecordSource {
    private final TreeMap<String, String> records = new TreeMap<>();
    private final List<String> pagesAsked = new ArrayList<>();

    Records with(String id, String json) {
      records.put(id, json);
      return this;
    }

    @Override
    public Page page(String fromId, int limit) {
      pagesAsked.add(fromId);
      List<Entry> page = new ArrayList<>();
      String next = null;
      for (var record : records.tailMap(fromId, true).entrySet()) {
        if (page.size() == limit) {
          next = record.getKey();
          break;
        }
        page.add(new Entry(record.getKey(), JSON.readTree(record.getValue())));
      }
      return new Page(page, next);
    }
  }

  @Test
  void finds_nothing_when_both_sides_hold_the_same_records_whatever_the_field_order() {
    Records ledger = new Records().with("a", "{\"id\":\"a\",\"n\":1}").with("b", "{\"id\":\"b\"}");
    Records index = new Records().with("a", "{\"n\":1,\"id\":\"a\"}").with("b", "{\"id\":\"b\"}");

    RecordCheck.Comparison comparison = RecordCheck.compare("ticket", ledger, index);

    assertThat(comparison.mismatches()).isEmpty();
    assertThat(comparison.onLedger()).isEqualTo(2);
    assertThat(comparison.inIndex()).isEqualTo(2);
  }

  @Test
  void names_records_missing_on_either_side_and_the_fields_that_differ() {
    Records ledger =
        new Records()
            .with("a", "{\"id\":\"a\",\"state\":\"OPEN\",\"rework\":0}")
            .with("b", "{\"id\":\"b\"}")
            .with("d", "{\"id\":\"d\"}");
    Records index =
        new Records()
            .with("a", "{\"id\":\"a\",\"state\":\"CLOSED\",\"rework\":0}")
            .with("c", "{\"id\":\"c\"}")
            .with("d", "{\"id\":\"d\"}");

    List<Mismatch> found = RecordCheck.compare("ticket", ledger, index).mismatches();

    assertThat(found)
        .containsExactly(
            new Mismatch("records", "ticket", "a", "DIFFERENT", "fields that differ: [state]"),
            new Mismatch(
                "records",
                "ticket",
                "b",
                "MISSING_FROM_INDEX",
                "in world state but not in the index"),
            new Mismatch(
                "records", "ticket", "c", "NOT_ON_LEDGER", "in the index but not in world state"));
  }

  @Test
  void walks_both_sides_page_by_page() {
    Records ledger = new Records();
    Records index = new Records();
    for (int i = 0; i < RecordSource.PAGE * 2 + 5; i++) {
      String id = String.format("r-%04d", i);
      ledger.with(id, "{\"id\":\"" + id + "\"}");
      if (i != 300) {
        index.with(id, "{\"id\":\"" + id + "\"}");
      }
    }

    RecordCheck.Comparison comparison = RecordCheck.compare("patrol", ledger, index);

    assertThat(comparison.mismatches())
        .extracting(Mismatch::id, Mismatch::problem)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("r-0300", "MISSING_FROM_INDEX"));
    assertThat(comparison.onLedger()).isEqualTo(RecordSource.PAGE * 2 + 5);
    assertThat(ledger.pagesAsked).hasSize(3);
  }

  @Test
  void compares_one_record_again_by_id() {
    Records ledger = new Records().with("a", "{\"id\":\"a\",\"v\":2}").with("b", "{\"id\":\"b\"}");
    Records index = new Records().with("a", "{\"id\":\"a\",\"v\":2}").with("ab", "{\"id\":\"ab\"}");

    assertThat(RecordCheck.compareOne("ticket", "a", ledger, index)).isEmpty();
    assertThat(RecordCheck.compareOne("ticket", "b", ledger, index))
        .get()
        .extracting(Mismatch::problem)
        .isEqualTo("MISSING_FROM_INDEX");
    assertThat(RecordCheck.compareOne("ticket", "ab", ledger, index))
        .get()
        .extracting(Mismatch::problem)
        .isEqualTo("NOT_ON_LEDGER");
    assertThat(RecordCheck.compareOne("ticket", "zz", ledger, index)).isEmpty();
  }
}
