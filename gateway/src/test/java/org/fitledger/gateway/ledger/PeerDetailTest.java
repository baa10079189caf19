package org.fitledger.gateway.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeerDetailTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "chaincode response 500, ACCESS_DENIED: only inspectors record patrols"
            + " | ACCESS_DENIED: only inspectors record patrols",
        "access denied: channel [maintenance] creator org [PatrolMSP]"
            + " | access denied: the peer refused the caller's certificate",
        "rpc error: code = Unavailable desc = connection error: dial tcp 10.0.3.7:9051"
            + " | the peer could not be reached",
        "error validating proposal: peer0.authority.fitledger:7051 policy [Endorsement]"
            + " | the peer refused the proposal",
        "| the peer refused the proposal"
      })
  void without_the_peer_keeps_the_chaincodes_refusal_and_only_the_kind_of_any_other(
      String said, String shown) {
    PeerDetail detail = new PeerDetail("peer0.patrol.fitledger:9051", "PatrolMSP", said);

    PeerDetail quiet = detail.withoutPeer();

    assertThat(quiet.address()).isNull();
    assertThat(quiet.mspId()).isNull();
    assertThat(quiet.message()).isEqualTo(shown);
  }
}
