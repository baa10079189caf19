package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.fitledger.gateway.ledger.Endorsers.AUTHORITY;
import static org.fitledger.gateway.ledger.Endorsers.CONTRACTOR;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Timestamp;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.Hash;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.Transaction;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.gateway.ProposedTransaction;
import org.hyperledger.fabric.protos.peer.SignedProposal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Time you can trust: a transaction's timestamp is the client's choice, so the assigned contractor
 * signs repair confirmations whose ChannelHeader timestamp lies in the past (built with the gateway
 * client's offline-signing flow, the header rewritten, the new bytes signed with their own key).
 * The endorsing peers' TimeWindowCheck filter refuses one an hour old and changes nothing; one a
 * minute old lies inside the configured window (5 m) and is recorded at that time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackdatingIT {
  private final LiveGateway gateway = LiveGateway.fromEnvironment();
  private LiveFabric fabric;
  private TicketFixtures tickets;

  @BeforeAll
  void connect() {
    fabric = LiveFabric.fromEnvironment();
    tickets = new TicketFixtures(gateway, "GREENFIX", "contractor2");
  }

  @AfterAll
  void close() throws InterruptedException {
    fabric.close();
  }

  @Test
  void a_repair_confirmation_backdated_by_an_hour_is_refused_and_changes_nothing()
      throws Exception {
    String ticket = tickets.acknowledged("MAJOR");
    JsonNode indexedBefore = tickets.indexed(ticket);
    JsonNode ledgerBefore = TicketFixtures.onLedger(ticket);
    Instant anHourAgo = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);

    try (Gateway contractor1 = fabric.connect("contractor1", CONTRACTOR)) {
      Proposal backdated = repairProposal(contractor1, ticket, anHourAgo);

      EndorseException refused = catchThrowableOfType(EndorseException.class, backdated::endorse);

      assertThat(refused).as("endorsing a proposal stamped %s", anHourAgo).isNotNull();
      String said = everythingSaid(refused);
      System.out.println("backdated by 1 h: " + said);
      assertThat(said).contains("incorrect timestamp");
      assertThat(refused.getTransactionId()).isEqualTo(backdated.getTransactionId());
    }
    JsonNode ledgerAfter = TicketFixtures.onLedger(ticket);
    assertThat(ledgerAfter).isEqualTo(ledgerBefore);
    assertThat(ledgerAfter.get("state").asString()).isEqualTo("ACKNOWLEDGED");
    assertThat(ledgerAfter.get("txId")).isEqualTo(ledgerBefore.get("txId"));
    assertThat(ledgerAfter.get("steps")).isEqualTo(ledgerBefore.get("steps"));
    // Nothing was ordered, so the index has no block to wait for.
    assertThat(tickets.indexed(ticket)).isEqualTo(indexedBefore);
  }

  @Test
  void a_repair_confirmation_backdated_by_a_minute_is_inside_the_window_and_recorded_then()
      throws Exception {
    String ticket = tickets.acknowledged("MAJOR");
    Instant aMinuteAgo = Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.MILLIS);

    Transaction committed;
    try (Gateway contractor1 = fabric.connect("contractor1", CONTRACTOR)) {
      committed = repairProposal(contractor1, ticket, aMinuteAgo).endorse();
      committed.submit();
    }

    JsonNode ledger = TicketFixtures.onLedger(ticket);
    assertThat(ledger.get("state").asString()).isEqualTo("REPAIRED");
    assertThat(ledger.get("txId").asString()).isEqualTo(committed.getTransactionId());
    JsonNode repair = ledger.get("steps").get(ledger.get("steps").size() - 1);
    assertThat(repair.get("by").asString()).isEqualTo("contractor1");
    assertThat(Instant.parse(repair.get("at").asString())).isEqualTo(aMinuteAgo);
    gateway.freshEquipment(tickets.site()); // answers once the index is past the repair's block
    assertThat(LiveGateway.ledgerRecord(tickets.indexed(ticket))).isEqualTo(ledger);
  }

  /**
   * confirmRepair as built by the gateway client, its ChannelHeader timestamp replaced by {@code
   * at}, signed anew with the contractor's key over the changed bytes; endorsed by Authority and
   * Contractor as the ticket's state-based policy requires.
   */
  private Proposal repairProposal(Gateway contractor1, String ticket, Instant at)
      throws InvalidProtocolBufferException, GeneralSecurityException {
    Proposal built =
        fabric
            .contract(contractor1)
            .newProposal("confirmRepair")
            .addArguments(ticket, TicketFixtures.REPAIR)
            .setEndorsingOrganizations(AUTHORITY, CONTRACTOR)
            .build();
    ProposedTransaction restamped = restamp(ProposedTransaction.parseFrom(built.getBytes()), at);
    byte[] digest = Hash.SHA256.apply(restamped.getProposal().getProposalBytes().toByteArray());
    byte[] signature = fabric.signer("contractor1").sign(digest);
    return contractor1.newSignedProposal(restamped.toByteArray(), signature);
  }

  private static ProposedTransaction restamp(ProposedTransaction proposed, Instant at)
      throws InvalidProtocolBufferException {
    org.hyperledger.fabric.protos.peer.Proposal proposal =
        org.hyperledger.fabric.protos.peer.Proposal.parseFrom(
            proposed.getProposal().getProposalBytes());
    Header header = Header.parseFrom(proposal.getHeader());
    ChannelHeader channelHeader =
        ChannelHeader.parseFrom(header.getChannelHeader()).toBuilder()
            .setTimestamp(
                Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()))
            .build();
    org.hyperledger.fabric.protos.peer.Proposal restamped =
        proposal.toBuilder()
            .setHeader(
                header.toBuilder()
                    .setChannelHeader(channelHeader.toByteString())
                    .build()
                    .toByteString())
            .build();
    // The transaction id hashes the nonce and the creator, not the timestamp, so it stays valid.
    return proposed.toBuilder()
        .setProposal(SignedProposal.newBuilder().setProposalBytes(restamped.toByteString()))
        .build();
  }

  private static String everythingSaid(EndorseException e) {
    return Stream.concat(
            Stream.of(e.getMessage()),
            e.getDetails().stream()
                .map(d -> d.getMspId() + " " + d.getAddress() + ": " + d.getMessage()))
        .collect(Collectors.joining(" | "));
  }
}
