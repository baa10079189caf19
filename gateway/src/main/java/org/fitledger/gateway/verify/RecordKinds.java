package org.fitledger.gateway.verify;

import java.util.List;

/**
 * The kinds of record the chaincode stores, each with the index table that holds it: the SQL of its
 * {@code (id, record)} rows under the ledger's ids.
 *
 * @param kind the record kind, as the chaincode names it
 * @param rows SQL selecting {@code id} and {@code record} (as text) of every indexed record
 */
record RecordKinds(String kind, String rows) {
  static final List<RecordKinds> ALL =
      List.of(
          new RecordKinds("equipment", "select id, record::text as record from equipment"),
          new RecordKinds("contract", "select id, record::text as record from contracts"),
          new RecordKinds("patrol", "select id, record::text as record from patrols"),
          new RecordKinds("ticket", "select id, record::text as record from tickets"),
          new RecordKinds("report", "select id, record::text as record from reports"),
          new RecordKinds("reading", "select id, record::text as record from readings"),
          // The chaincode keeps its one settings record under the id "global".
          new RecordKinds(
              "settings", "select 'global' as id, record::text as record from settings"));
}
