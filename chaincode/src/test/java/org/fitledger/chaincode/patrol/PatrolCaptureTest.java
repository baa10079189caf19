package org.fitledger.chaincode.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitledger.chaincode.World.inspectionJson;
import static org.fitledger.chaincode.World.patrolJson;
import static org.fitledger.chaincode.shared.Fixtures.assertRefused;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import org.fitledger.chaincode.World;
import org.fitledger.chaincode.shared.Caller;
import org.fitledger.chaincode.shared.InMemoryLedger;
import org.fitledger.chaincode.shared.RecordKind;
import org.fitledger.model.error.ErrorCode;
import org.junit.jupiter.api.Test;

/** Patrols signed on the inspector's phone when captured, and their chain of captures. */
class PatrolCaptureTest {
  private static final KeyPair PHONE = keys();
  private static final Caller INSPECTOR =
      new Caller("PatrolMSP", "inspector1", "inspector", "SH/PD", null, null, PHONE.getPublic());

  private static final ObjectMapper JSON = new ObjectMapper();

  private final World world = new World().withDefaultScene();
  private final InMemoryLedger ledger = world.ledger;

  private static KeyPair keys() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A captured patrol: its signed text, and the request that carries it. */
  private record Captured(String signed, String request) {
    String hash() {
      return Captures.sha256(signed);
    }
  }

  private static Captured capture(String patrol, String previous, KeyPair keys) {
    String signed =
        "{\"patrol\":"
            + patrol
            + ",\"previous\":"
            + (previous == null ? "null" : "\"" + previous + "\"")
            + "}";
    try {
      Signature signer = Signature.getInstance("SHA256withECDSA");
      signer.initSign(keys.getPrivate());
      signer.update(signed.getBytes(StandardCharsets.UTF_8));
      String signature = Base64.getEncoder().encodeToString(signer.sign());
      String capture =
          ",\"capture\":{\"signed\":" + text(signed) + ",\"signature\":\"" + signature + "\"}}";
      return new Captured(signed, patrol.substring(0, patrol.length() - 1) + capture);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A JSON string holding {@code value}. */
  private static String text(String value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String patrol(String id) {
    return patrolJson(id, inspectionJson("EQ-1", null));
  }

  private JsonNode record(String request) {
    try {
      return JSON.readTree(world.patrols.record(ledger.tx(INSPECTOR), request));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void links_each_capture_to_the_one_before_and_records_the_chain_on_the_patrol() {
    Captured first = capture(patrol("P-1"), null, PHONE);
    Captured second = capture(patrol("P-2"), first.hash(), PHONE);

    JsonNode one = record(first.request());
    JsonNode two = record(second.request());

    assertThat(one.get("capture").get("chain").asText()).isEqualTo("LINKED");
    assertThat(one.get("capture").get("hash").asText()).isEqualTo(first.hash());
    assertThat(one.get("capture").has("previous")).isFalse();
    assertThat(two.get("capture").get("chain").asText()).isEqualTo("LINKED");
    assertThat(two.get("capture").get("previous").asText()).isEqualTo(first.hash());
    assertThat(ledger.stored(RecordKind.CAPTURE_CHAIN, "PatrolMSP/inspector1"))
        .hasValueSatisfying(head -> assertThat(head).contains(second.hash(), "P-2"));
    assertThat(ledger.lastEvent().json()).doesNotContain("capture_chain");
  }

  @Test
  void marks_the_chain_broken_where_a_capture_went_missing_or_came_out_of_order() {
    Captured first = capture(patrol("P-1"), null, PHONE);
    Captured second = capture(patrol("P-2"), first.hash(), PHONE);
    Captured third = capture(patrol("P-3"), second.hash(), PHONE);
    record(first.request());

    JsonNode skipped = record(third.request());
    JsonNode late = record(second.request());

    assertThat(skipped.get("capture").get("chain").asText()).isEqualTo("BROKEN");
    assertThat(skipped.get("capture").get("expectedPrevious").asText()).isEqualTo(first.hash());
    assertThat(late.get("capture").get("chain").asText()).isEqualTo("BROKEN");
    assertThat(late.get("capture").get("expectedPrevious").asText()).isEqualTo(third.hash());
  }

  @Test
  void refuses_a_patrol_changed_after_capture_or_signed_by_another_key_and_records_nothing() {
    Captured genuine = capture(patrol("P-1"), null, PHONE);
    String altered = genuine.request().replace("\"condition\":\"OK\"", "\"condition\":\"MISSING\"");
    assertThat(altered).isNotEqualTo(genuine.request());
    Captured otherKey = capture(patrol("P-1"), null, keys());
    String swapped =
        capture(patrol("P-9"), null, PHONE)
            .request()
            .replace("\"id\":\"P-9\",\"inspections\"", "\"id\":\"P-1\",\"inspections\"");
    int writes = ledger.writes();

    assertRefused(() -> record(altered), ErrorCode.INVALID_INPUT)
        .hasMessageContaining("changed after it was captured");
    assertRefused(() -> record(otherKey.request()), ErrorCode.INVALID_INPUT)
        .hasMessageContaining("does not verify against your certificate");
    assertRefused(() -> record(swapped), ErrorCode.INVALID_INPUT)
        .hasMessageContaining("does not hold this patrol");
    assertRefused(
            () -> record(genuine.request().replace("\"signature\":\"", "\"signature\":\"AAAA")),
            ErrorCode.INVALID_INPUT)
        .hasMessageContaining("does not verify");
    assertThat(ledger.writes()).isEqualTo(writes);
    assertThat(ledger.stored(RecordKind.PATROL, "P-1")).isEmpty();
    assertThat(ledger.stored(RecordKind.CAPTURE_CHAIN, "PatrolMSP/inspector1")).isEmpty();
  }

  @Test
  void a_captured_patrol_sent_again_is_answered_as_stored_and_does_not_move_the_chain() {
    Captured first = capture(patrol("P-1"), null, PHONE);
    JsonNode stored = record(first.request());
    Captured second = capture(patrol("P-2"), first.hash(), PHONE);

    assertThat(record(first.request())).isEqualTo(stored);
    assertThat(record(second.request()).get("capture").get("chain").asText()).isEqualTo("LINKED");
  }

  @Test
  void refuses_signed_text_that_is_not_a_captured_patrol() {
    for (String signed :
        new String[] {
          "not json",
          "{\"patrol\":" + patrol("P-1") + ",\"previous\":null,\"more\":1}",
          "{\"patrol\":" + patrol("P-1") + ",\"previous\":\"abc\"}"
        }) {
      String request =
          patrol("P-1").substring(0, patrol("P-1").length() - 1)
              + ",\"capture\":{\"signed\":"
              + text(signed)
              + ",\"signature\":\"MEUCIQ==\"}}";
      assertRefused(() -> record(request), ErrorCode.INVALID_INPUT);
    }
  }
}
