package org.fitledger.gateway.contract;

import java.util.Optional;
import org.fitledger.gateway.index.RecordJson;
import org.fitledger.model.contract.MaintenanceContract;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/** The SQL of table {@code contracts}. */
@Component
class ContractRepository {
  private final JdbcClient jdbc;

  ContractRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<IndexedContract> find(String id) {
    return jdbc.sql(
            "select company, block_number, record::text as record from contracts where id = ?")
        .param(id)
        .query(
            (rs, row) -> {
              ObjectNode view = RecordJson.read(rs.getString("record"));
              view.put("blockNumber", rs.getLong("block_number"));
              return new IndexedContract(view, rs.getString("company"));
            })
        .optional();
  }

  void upsert(MaintenanceContract contract, String record, long blockNumber) {
    jdbc.sql(
            "insert into contracts (id, company, valid_from, valid_to, sla_version, tx_id,"
                + " block_number, record) values (?, ?, ?, ?, ?, ?, ?, ?::json)"
                + " on conflict (id) do update set company = excluded.company,"
                + " valid_from = excluded.valid_from, valid_to = excluded.valid_to,"
                + " sla_version = excluded.sla_version, tx_id = excluded.tx_id,"
                + " block_number = excluded.block_number, record = excluded.record")
        .params(
            contract.id(),
            contract.company(),
            contract.validFrom(),
            contract.validTo(),
            contract.slaVersion(),
            contract.txId(),
            blockNumber,
            record)
        .update();
  }
}
