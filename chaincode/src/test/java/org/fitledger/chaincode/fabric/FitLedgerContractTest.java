package org.fitledger.chaincode.fabric;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.junit.jupiter.api.Test;

class FitLedgerContractTest {
  private static final String EQUIPMENT =
      "{\"id\":\"EQ-1\",\"type\":\"pull-up bar\",\"site\":\"Riverside Park\"}";

  private final ChaincodeStub stub = mock(ChaincodeStub.class);
  private final FitLedgerContract contract = new FitLedgerContract();

  @Test
  void registers_equipment_under_a_composite_key_in_the_name_of_the_certificate() {
    Context ctx = actingAs("AuthorityMSP", Creators.SUPERVISOR_CERT);
    when(stub.getState(anyString())).thenReturn(new byte[0]);
    when(stub.getTxId()).thenReturn("tx1");
    when(stub.getTxTimestamp()).thenReturn(Instant.parse("2026-11-21T10:15:30Z"));

    String result = contract.registerEquipment(ctx, EQUIPMENT);

    assertThat(result)
        .isEqualTo(
            "{\"id\":\"EQ-1\",\"type\":\"pull-up bar\",\"site\":\"Riverside Park\","
                + "\"status\":\"IN_SERVICE\",\"registeredBy\":\"Admin@authority.fitledger.example\","
                + "\"registeredAt\":\"2026-11-21T10:15:30Z\",\"txId\":\"tx1\"}");
    verify(stub).putState("\u0000equipment\u0000EQ-1\u0000", result.getBytes(UTF_8));
    verify(stub).setEvent("EquipmentRegistered", result.getBytes(UTF_8));
  }

  @Test
  void refuses_a_patrol_from_a_contractor_identity_with_the_code_as_message_prefix_and_payload() {
    Context ctx = actingAs("ContractorMSP", Creators.CONTRACTOR_CERT);

    assertThatThrownBy(
            () ->
                contract.createPatrol(
                    ctx, "{\"id\":\"P-1\",\"equipmentId\":\"EQ-1\",\"condition\":\"OK\"}"))
        .isInstanceOfSatisfying(
            ChaincodeException.class,
            e -> {
              assertThat(e.getMessage()).startsWith("ACCESS_DENIED: ");
              assertThat(e.getPayload()).isEqualTo("ACCESS_DENIED".getBytes(UTF_8));
            });
    verify(stub, never()).putState(any(), any());
    verify(stub, never()).setEvent(any(), any());
  }

  @Test
  void reports_unknown_equipment_with_the_code_as_message_prefix_and_payload() {
    Context ctx = actingAs("ContractorMSP", Creators.CONTRACTOR_CERT);
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

  private Context actingAs(String mspId, String certificateResource) {
    when(stub.getCreator()).thenReturn(Creators.creator(mspId, certificateResource));
    return new Context(stub);
  }
}
