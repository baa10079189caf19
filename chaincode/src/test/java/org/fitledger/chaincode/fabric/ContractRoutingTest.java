package org.fitledger.chaincode.fabric;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import org.hyperledger.fabric.contract.ContractRouter;
import org.hyperledger.fabric.shim.Chaincode;
import org.hyperledger.fabric.shim.ChaincodeServer;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shim's router, as started by {@code java -jar}, finds the contract and routes to it. */
class ContractRoutingTest {
  private static ContractRouter router;

  private final ChaincodeStub stub = mock(ChaincodeStub.class);

  @BeforeAll
  static void scanTheClasspathLikeTheChaincodeServerDoes() throws Exception {
    router = new ContractRouter(new String[] {"--id", "fitledger_test:0"});
    router.startRouterWithChaincodeServer(mock(ChaincodeServer.class));
  }

  @Test
  void routes_a_plain_function_name_to_the_default_fitledger_contract() {
    String request = org.fitledger.chaincode.World.equipmentJson("EQ-1", "SH/PD/ZJ/C01");
    invoke(Creators.supervisor(), "registerEquipment", request);
    when(stub.getState(anyString())).thenReturn(new byte[0]);
    when(stub.getTxId()).thenReturn("tx1");
    when(stub.getTxTimestamp()).thenReturn(Instant.parse("2026-11-21T10:15:30Z"));

    Chaincode.Response response = router.invoke(stub);

    assertThat(response.getStatus()).isEqualTo(Chaincode.Response.Status.SUCCESS);
    assertThat(response.getStringPayload())
        .isEqualTo("{\"written\":{\"kind\":\"equipment\",\"id\":\"EQ-1\"}}");
  }

  @Test
  void returns_a_refusal_with_the_code_as_message_prefix_and_payload() {
    invoke(Creators.contractor(), "fitledger:readPatrol", "P-404");
    when(stub.getState(anyString())).thenReturn(new byte[0]);

    Chaincode.Response response = router.invoke(stub);

    assertThat(response.getStatus()).isEqualTo(Chaincode.Response.Status.INTERNAL_SERVER_ERROR);
    assertThat(response.getMessage()).isEqualTo("PATROL_NOT_FOUND: no patrol with id P-404");
    assertThat(response.getPayload()).isEqualTo("PATROL_NOT_FOUND".getBytes(UTF_8));
  }

  private void invoke(byte[] creator, String function, String argument) {
    when(stub.getCreator()).thenReturn(creator);
    when(stub.getStringArgs()).thenReturn(List.of(function, argument));
    when(stub.getArgs()).thenReturn(List.of(function.getBytes(UTF_8), argument.getBytes(UTF_8)));
  }
}
