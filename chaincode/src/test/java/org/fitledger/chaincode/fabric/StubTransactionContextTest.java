package org.fitledger.chaincode.fabric;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import org.fitledger.chaincode.shared.Caller;
import org.fitledger.chaincode.shared.HistoryEntry;
import org.fitledger.chaincode.shared.RecordKind;
import org.fitledger.model.ledger.WrittenRecords;
import org.fitledger.model.people.NextActor;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ext.sbe.impl.StateBasedEndorsementFactory;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.junit.jupiter.api.Test;

class StubTransactionContextTest {
  private final ChaincodeStub stub = mock(ChaincodeStub.class);

  private StubTransactionContext actingAs(byte[] creator) {
    when(stub.getCreator()).thenReturn(creator);
    return new StubTransactionContext(new Context(stub));
  }

  @Test
  void reads_role_districts_and_company_from_the_certificate_attributes() {
    assertThat(withoutKey(actingAs(Creators.supervisor()).caller()))
        .isEqualTo(new Caller("AuthorityMSP", "supervisor1", "supervisor", "SH", null));
    assertThat(withoutKey(actingAs(Creators.contractor()).caller()))
        .isEqualTo(new Caller("ContractorMSP", "contractor1", "contractor", null, "GREENFIX"));
  }

  @Test
  void reads_the_key_of_the_certificate_that_checks_what_the_caller_signed() throws Exception {
    byte[] creator = Creators.supervisor();
    String pem =
        org.hyperledger.fabric.protos.msp.SerializedIdentity.parseFrom(creator)
            .getIdBytes()
            .toStringUtf8();
    java.security.PublicKey key =
        java.security.cert.CertificateFactory.getInstance("X.509")
            .generateCertificate(
                new java.io.ByteArrayInputStream(
                    pem.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
            .getPublicKey();

    assertThat(actingAs(creator).caller().key()).isEqualTo(key);
    assertThat(actingAs(Creators.contractor()).caller().key()).isNotNull().isNotEqualTo(key);
  }

  private static Caller withoutKey(Caller caller) {
    return new Caller(
        caller.mspId(),
        caller.commonName(),
        caller.role(),
        caller.districts(),
        caller.company(),
        caller.device());
  }

  @Test
  void keeps_a_record_under_the_key_the_gateway_reads_it_from() {
    StubTransactionContext tx = actingAs(Creators.supervisor());

    tx.putState(RecordKind.PATROL, "P-1", "{}");

    verify(stub).putState(WrittenRecords.key("patrol", "P-1"), "{}".getBytes(UTF_8));
  }

  @Test
  void names_a_record_it_wrote_in_its_answer_and_passes_any_other_answer_on() {
    StubTransactionContext tx = actingAs(Creators.supervisor());
    tx.putState(RecordKind.PATROL, "P-\"1", "{\"id\":\"P-\\\"1\"}");
    tx.putState(RecordKind.TICKET, "T-1", "{\"id\":\"T-1\"}");

    assertThat(tx.answer("{\"id\":\"T-1\"}"))
        .isEqualTo("{\"written\":{\"kind\":\"ticket\",\"id\":\"T-1\"}}");
    assertThat(tx.answer("{\"id\":\"P-\\\"1\"}"))
        .isEqualTo("{\"written\":{\"kind\":\"patrol\",\"id\":\"P-\\\"1\"}}");
    assertThat(tx.answer("{\"id\":\"T-2\"}")).isEqualTo("{\"id\":\"T-2\"}");
  }

  @Test
  void sets_an_and_policy_of_the_authority_and_the_next_actors_org_on_the_ticket_key() {
    StubTransactionContext tx = actingAs(Creators.supervisor());
    String key = new CompositeKey("ticket", "T-1").toString();

    tx.setEndorsement(RecordKind.TICKET, "T-1", NextActor.CONTRACTOR);
    tx.setEndorsement(RecordKind.TICKET, "T-2", NextActor.NONE);

    verify(stub).setStateValidationParameter(eq(key), any());
    verify(stub)
        .setStateValidationParameter(new CompositeKey("ticket", "T-2").toString(), new byte[0]);
    assertThat(orgs(EndorsementPolicies.of(NextActor.CONTRACTOR)))
        .containsExactlyInAnyOrder("AuthorityMSP", "ContractorMSP");
    assertThat(orgs(EndorsementPolicies.of(NextActor.INSPECTOR)))
        .containsExactlyInAnyOrder("AuthorityMSP", "PatrolMSP");
    assertThat(EndorsementPolicies.of(NextActor.NONE)).isEmpty();
  }

  @Test
  void returns_the_attributes_of_index_entries_under_a_partial_key() {
    StubTransactionContext tx = actingAs(Creators.supervisor());
    String entry =
        new CompositeKey("equipment-district", "SH", "PD", "ZJ", "C01", "EQ-1").toString();
    KeyValue kv = mock(KeyValue.class);
    when(kv.getKey()).thenReturn(entry);
    when(stub.getStateByPartialCompositeKey(
            argThat(
                (CompositeKey prefix) ->
                    prefix.toString().equals("\u0000equipment-district\u0000SH\u0000PD\u0000"))))
        .thenReturn(results(kv));
    when(stub.splitCompositeKey(entry)).thenReturn(CompositeKey.parseCompositeKey(entry));

    assertThat(tx.findIndex("equipment-district", List.of("SH", "PD")))
        .containsExactly(List.of("SH", "PD", "ZJ", "C01", "EQ-1"));
  }

  @Test
  void maps_the_key_history_with_transaction_ids_and_timestamps() {
    StubTransactionContext tx = actingAs(Creators.supervisor());
    KeyModification version = mock(KeyModification.class);
    when(version.getTxId()).thenReturn("tx1");
    when(version.getTimestamp()).thenReturn(Instant.parse("2026-11-21T10:00:00Z"));
    when(version.getStringValue()).thenReturn("{\"id\":\"EQ-1\"}");
    when(stub.getHistoryForKey(new CompositeKey("equipment", "EQ-1").toString()))
        .thenReturn(results(version));

    assertThat(tx.history(RecordKind.EQUIPMENT, "EQ-1"))
        .containsExactly(
            new HistoryEntry("tx1", "2026-11-21T10:00:00Z", false, "{\"id\":\"EQ-1\"}"));
  }

  @Test
  void writes_index_entries_with_a_non_empty_value_because_empty_means_delete() {
    actingAs(Creators.supervisor()).putIndex("ticket-equipment", List.of("EQ-1", "T-1"));

    verify(stub)
        .putState(new CompositeKey("ticket-equipment", "EQ-1", "T-1").toString(), new byte[] {0});
  }

  private static List<String> orgs(byte[] policy) {
    return StateBasedEndorsementFactory.getInstance().newStateBasedEndorsement(policy).listOrgs();
  }

  @SafeVarargs
  private static <T> QueryResultsIterator<T> results(T... values) {
    return new QueryResultsIterator<>() {
      @Override
      public Iterator<T> iterator() {
        return List.of(values).iterator();
      }

      @Override
      public void close() {}
    };
  }
}
