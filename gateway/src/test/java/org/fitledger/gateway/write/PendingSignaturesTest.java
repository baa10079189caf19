package org.fitledger.gateway.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.gateway.ledger.Unsigned;
import org.fitledger.gateway.people.TestPeople;
import org.fitledger.model.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

class PendingSignaturesTest {
  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-12-07T08:00:00Z"));
  private final Clock clock =
      new Clock() {
        @Override
        public java.time.ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };
  private final PendingSignatures pending = new PendingSignatures(clock, 2);

  private SignatureRequired prepare(String txId) {
    return pending.awaitProposalSignature(
        TestPeople.INSPECTOR,
        "recordPatrol",
        new String[] {"{\"id\":\"p-1\"}"},
        false,
        new Unsigned(txId, new byte[] {1, 2}, new byte[] {3}),
        submitted -> ResponseEntity.ok().build());
  }

  private static void assertNotFound(Runnable call) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            CodedException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.TRANSACTION_NOT_FOUND));
  }

  @Test
  void asks_the_device_to_sign_the_proposal_and_keeps_it_for_its_signer_only() {
    ToSign toSign = prepare("t1").toSign();

    assertThat(toSign.sign()).isEqualTo("PROPOSAL");
    assertThat(toSign.message()).isEqualTo("AQI=");
    assertThat(toSign.digest())
        .isEqualTo(
            java.util.Base64.getEncoder()
                .encodeToString(new Unsigned("t1", new byte[] {1, 2}, new byte[0]).digest()));
    assertThat(toSign.signatureUrl()).isEqualTo("/api/v1/transactions/t1/proposal-signature");
    assertThat(toSign.expiresAt()).isEqualTo(now.get().plus(PendingSignatures.LIFETIME));
    assertThat(pending.of(TestPeople.INSPECTOR, "t1").function()).isEqualTo("recordPatrol");
    assertNotFound(() -> pending.of(TestPeople.OTHER_INSPECTOR, "t1"));
    assertNotFound(() -> pending.of(TestPeople.INSPECTOR, "t2"));
  }

  @Test
  void forgets_a_write_once_it_expired_or_ended() {
    prepare("t1");
    prepare("t2");
    pending.forget("t2");
    now.set(now.get().plus(PendingSignatures.LIFETIME));

    assertNotFound(() -> pending.of(TestPeople.INSPECTOR, "t1"));
    assertNotFound(() -> pending.of(TestPeople.INSPECTOR, "t2"));
  }

  @Test
  void keeps_the_endorsed_transaction_for_the_next_signature() {
    PendingTransaction first =
        pending.of(TestPeople.INSPECTOR, prepare("t1").toSign().transactionId());

    pending.endorsed(first, new Unsigned("t1", new byte[] {9}, new byte[] {8}));

    PendingTransaction endorsed = pending.of(TestPeople.INSPECTOR, "t1");
    assertThat(endorsed.isEndorsed()).isTrue();
    assertThat(pending.endorsed(first, new Unsigned("t1", new byte[] {7}, new byte[] {6})))
        .as("a second endorsement of the same proposal keeps the first")
        .isEqualTo(endorsed);
    assertThat(pending.of(TestPeople.INSPECTOR, "t1").transaction().message()).containsExactly(9);
    assertThat(ToSign.transaction(endorsed).signatureUrl())
        .isEqualTo("/api/v1/transactions/t1/transaction-signature");
  }

  @Test
  void refuses_more_writes_than_it_may_hold_until_some_expire() {
    prepare("t1");
    prepare("t2");

    assertThatThrownBy(() -> prepare("t3"))
        .isInstanceOfSatisfying(
            CodedException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.LEDGER_UNAVAILABLE));
    now.set(now.get().plus(PendingSignatures.LIFETIME).plus(Duration.ofSeconds(1)));
    assertThat(prepare("t3").toSign().transactionId()).isEqualTo("t3");
  }
}
