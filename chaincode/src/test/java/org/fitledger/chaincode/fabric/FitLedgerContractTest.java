package org.fitledger.chaincode.fabric;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.fitledger.chaincode.World;
import org.fitledger.model.access.Writers;
import org.fitledger.model.ledger.WrittenRecords;
import org.fitledger.model.people.Role;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class FitLedgerContractTest {
  private static final String EQUIPMENT = World.equipmentJson("EQ-1", World.PATH);

  private final ChaincodeStub stub = mock(ChaincodeStub.class);
  private final FitLedgerContract contract = new FitLedgerContract();

  @Test
  void registers_equipment_under_a_composite_key_in_the_name_of_the_certificate() {
    Context ctx = actingAs(Creators.supervisor());
    when(stub.getState(anyString())).thenReturn(new byte[0]);
    when(stub.getTxId()).thenReturn("tx1");
    when(stub.getTxTimestamp()).thenReturn(Instant.parse("2026-11-21T10:15:30Z"));

    String result = contract.registerEquipment(ctx, EQUIPMENT);

    assertThat(result).isEqualTo("{\"written\":{\"kind\":\"equipment\",\"id\":\"EQ-1\"}}");
    ArgumentCaptor<byte[]> record = ArgumentCaptor.forClass(byte[].class);
    verify(stub).putState(eq(WrittenRecords.key("equipment", "EQ-1")), record.capture());
    assertThat(new String(record.getValue(), UTF_8))
        .startsWith("{\"id\":\"EQ-1\",")
        .contains("\"registeredBy\":\"supervisor1\",\"registeredAt\":\"2026-11-21T10:15:30Z\"");
    verify(stub)
        .putState(
            new CompositeKey("equipment-district", List.of("SH", "PD", "ZJ", "C01", "EQ-1"))
                .toString(),
            new byte[] {0});
    verify(stub)
        .setEvent(
            "EquipmentRegistered",
            "{\"changes\":[{\"kind\":\"equipment\",\"id\":\"EQ-1\"}]}".getBytes(UTF_8));
  }

  @Test
  void answers_with_the_stored_record_itself_when_the_transaction_writes_nothing() {
    Context ctx = actingAs(Creators.supervisor());
    when(stub.getState(anyString())).thenReturn(new byte[0]);
    when(stub.getTxId()).thenReturn("tx1");
    when(stub.getTxTimestamp()).thenReturn(Instant.parse("2026-11-21T10:15:30Z"));
    contract.registerEquipment(ctx, EQUIPMENT);
    ArgumentCaptor<byte[]> record = ArgumentCaptor.forClass(byte[].class);
    verify(stub).putState(eq(WrittenRecords.key("equipment", "EQ-1")), record.capture());
    when(stub.getState(WrittenRecords.key("equipment", "EQ-1"))).thenReturn(record.getValue());

    String again = contract.registerEquipment(actingAs(Creators.supervisor()), EQUIPMENT);

    assertThat(again).isEqualTo(new String(record.getValue(), UTF_8));
    verify(stub, times(1)).putState(eq(WrittenRecords.key("equipment", "EQ-1")), any());
  }

  @Test
  void
      refuses_a_patrol_from_a_contractor_certificate_with_the_code_as_message_prefix_and_payload() {
    Context ctx = actingAs(Creators.contractor());

    assertThatThrownBy(
            () ->
                contract.recordPatrol(
                    ctx, World.patrolJson("P-1", World.inspectionJson("EQ-1", null))))
        .isInstanceOfSatisfying(
            ChaincodeException.class,
            e -> {
              assertThat(e.getMessage())
                  .isEqualTo(
                      "ACCESS_DENIED: only inspectors may record a patrol; "
                          + "the caller's role is contractor");
              assertThat(e.getPayload()).isEqualTo("ACCESS_DENIED".getBytes(UTF_8));
            });
    verify(stub, never()).putState(any(), any());
    verify(stub, never()).setEvent(any(), any());
  }

  @Test
  void refuses_a_certificate_without_fitledger_attributes() {
    Context ctx = actingAs(Creators.creator("AuthorityMSP", "admin", null));

    assertThatThrownBy(() -> contract.registerEquipment(ctx, EQUIPMENT))
        .isInstanceOfSatisfying(
            ChaincodeException.class,
            e ->
                assertThat(e.getMessage())
                    .isEqualTo(
                        "ACCESS_DENIED: only supervisors may register equipment; "
                            + "the caller's role is null"));
    verify(stub, never()).putState(any(), any());
  }

  @Test
  void refuses_a_supervisor_role_in_a_certificate_of_another_msp() {
    Context ctx =
        actingAs(
            Creators.creator(
                "PatrolMSP",
                "mallory",
                "{\"attrs\":{\"fitledger.role\":\"supervisor\",\"fitledger.districts\":\"SH\"}}"));

    assertThatThrownBy(() -> contract.registerEquipment(ctx, EQUIPMENT))
        .isInstanceOfSatisfying(
            ChaincodeException.class,
            e ->
                assertThat(e.getMessage())
                    .isEqualTo(
                        "ACCESS_DENIED: the role supervisor belongs to AuthorityMSP, not to PatrolMSP"));
  }

  @Test
  void reports_unknown_equipment_with_the_code_as_message_prefix_and_payload() {
    Context ctx = actingAs(Creators.contractor());
    when(stub.getState("\u0000equipment\u0000EQ-404\u0000")).thenReturn(new byte[0]);

    assertThatThrownBy(() -> contract.readEquipment(ctx, "EQ-404"))
        .isInstanceOfSatisfying(
            ChaincodeException.class,
            e -> {
              assertThat(e.getMessage())
                  .isEqualTo("EQUIPMENT_NOT_FOUND: no equipment with id EQ-404");
              assertThat(e.getPayload()).isEqualTo("EQUIPMENT_NOT_FOUND".getBytes(UTF_8));
            });
  }

  @Test
  void pings_without_reading_writing_or_setting_an_event() {
    Context ctx = actingAs(Creators.contractor());
    when(stub.getTxId()).thenReturn("tx1");

    assertThat(contract.ping(ctx)).isEqualTo("{\"txId\":\"tx1\"}");

    verify(stub, never()).getState(any());
    verify(stub, never()).putState(any(), any());
    verify(stub, never()).delState(any());
    verify(stub, never()).setEvent(any(), any());
    verify(stub, never()).setStateValidationParameter(any(), any());
  }

  @Test
  void every_submitted_function_refuses_each_role_the_model_does_not_name_and_writes_nothing()
      throws Exception {
    when(stub.getState(anyString())).thenReturn(new byte[0]);
    when(stub.getTxId()).thenReturn("tx1");
    when(stub.getTxTimestamp()).thenReturn(Instant.parse("2026-11-21T10:15:30Z"));
    List<Method> submits =
        Arrays.stream(FitLedgerContract.class.getMethods())
            .filter(m -> m.isAnnotationPresent(Transaction.class))
            .filter(m -> m.getAnnotation(Transaction.class).intent() == Transaction.TYPE.SUBMIT)
            .toList();
    assertThat(submits.stream().map(m -> m.getAnnotation(Transaction.class).name()))
        .containsExactlyInAnyOrderElementsOf(Writers.functions());

    int refusals = 0;
    for (Method submit : submits) {
      String function = submit.getAnnotation(Transaction.class).name();
      for (Role role : Role.values()) {
        if (Writers.mayWrite(role, function)) {
          continue;
        }
        Object[] args = new Object[submit.getParameterCount()];
        args[0] = actingAs(Creators.of(role));
        Arrays.fill(args, 1, args.length, "{}");
        assertThatThrownBy(() -> submit.invoke(contract, args))
            .as("%s as %s", function, role)
            .cause()
            .isInstanceOfSatisfying(
                ChaincodeException.class,
                e -> assertThat(e.getMessage()).as(function).startsWith("ACCESS_DENIED"));
        refusals++;
      }
    }
    assertThat(refusals).isGreaterThan(60);
    verify(stub, never()).putState(any(), any());
    verify(stub, never()).delState(any());
    verify(stub, never()).putPrivateData(any(), any(), any(byte[].class));
    verify(stub, never()).purgePrivateData(any(), any());
    verify(stub, never()).setEvent(any(), any());
  }

  @Test
  void the_reader_pings_without_writing() {
    assertThat(contract.ping(actingAs(Creators.of(Role.READER)))).isNotEmpty();
    verify(stub, never()).putState(any(), any());
  }

  private Context actingAs(byte[] creator) {
    when(stub.getCreator()).thenReturn(creator);
    return new Context(stub);
  }
}
