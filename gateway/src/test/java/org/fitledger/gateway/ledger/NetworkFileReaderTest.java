package org.fitledger.gateway.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fitledger.gateway.config.ConfigFileException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkFileReaderTest {
  @TempDir Path dir;
  private Path file;

  @BeforeEach
  void ca_file() throws IOException {
    Files.writeString(dir.resolve("ca.crt"), "ca");
    file = dir.resolve("network.json");
  }

  private String org(String endpoint) {
    return "{\"peerEndpoint\":\""
        + endpoint
        + "\",\"peerHostAlias\":\"peer0.patrol.fitledger.example\",\"tlsCaCert\":\""
        + dir.resolve("ca.crt")
        + "\"}";
  }

  private NetworkConfig read(String json) throws IOException {
    Files.writeString(file, json);
    return NetworkFileReader.read(file);
  }

  @Test
  void reads_channel_chaincode_and_every_orgs_peer_in_file_order() throws IOException {
    NetworkConfig network =
        read(
            "{\"channel\":\"maintenance\",\"chaincode\":\"fitledger\",\"orgs\":{"
                + "\"PatrolMSP\":"
                + org("127.0.0.1:9051")
                + ",\"AuthorityMSP\":"
                + org("127.0.0.1:7051")
                + "}}");

    assertThat(network.channel()).isEqualTo("maintenance");
    assertThat(network.chaincode()).isEqualTo("fitledger");
    assertThat(network.orgs()).containsOnlyKeys("PatrolMSP", "AuthorityMSP");
    assertThat(network.orgs().keySet()).first().isEqualTo("PatrolMSP");
    assertThat(network.peer("AuthorityMSP"))
        .isEqualTo(
            new OrgPeer("127.0.0.1:7051", "peer0.patrol.fitledger.example", dir.resolve("ca.crt")));
  }

  @Test
  void reads_the_certificate_authority_an_org_names_for_enrolments() throws IOException {
    String withCa =
        org("127.0.0.1:9051")
            .replace("}", ",\"caUrl\":\"https://127.0.0.1:9054\",\"caName\":\"ca-patrol\"}");
    NetworkConfig network =
        read(
            "{\"channel\":\"c\",\"chaincode\":\"cc\",\"orgs\":{\"PatrolMSP\":"
                + withCa
                + ",\"AuthorityMSP\":"
                + org("127.0.0.1:7051")
                + "}}");

    assertThat(network.peer("PatrolMSP").certificateAuthority())
        .contains(new OrgPeer.Ca(URI.create("https://127.0.0.1:9054"), "ca-patrol"));
    assertThat(network.peer("AuthorityMSP").certificateAuthority()).isEmpty();
  }

  @Test
  void refuses_a_certificate_authority_not_reached_over_tls() {
    String json =
        "{\"channel\":\"c\",\"chaincode\":\"cc\",\"orgs\":{\"PatrolMSP\":"
            + org("h:1").replace("}", ",\"caUrl\":\"http://h:2\",\"caName\":\"ca\"}")
            + "}}";

    assertThatThrownBy(() -> read(json))
        .hasMessage(
            "network file "
                + file
                + ": orgs.PatrolMSP.caUrl must be an https:// address, not 'http://h:2'");
  }

  @Test
  void names_an_endpoint_without_a_port() {
    String json =
        "{\"channel\":\"c\",\"chaincode\":\"cc\",\"orgs\":{\"PatrolMSP\":" + org("peer0") + "}}";

    assertThatThrownBy(() -> read(json))
        .isInstanceOf(ConfigFileException.class)
        .hasMessage(
            "network file "
                + file
                + ": orgs.PatrolMSP.peerEndpoint must be host:port, not 'peer0'");
  }

  @Test
  void names_a_missing_channel() {
    String json = "{\"chaincode\":\"cc\",\"orgs\":{\"PatrolMSP\":" + org("h:1") + "}}";

    assertThatThrownBy(() -> read(json))
        .hasMessage("network file " + file + ": channel is missing");
  }

  @Test
  void names_a_tls_ca_certificate_that_does_not_exist() {
    String json =
        "{\"channel\":\"c\",\"chaincode\":\"cc\",\"orgs\":{\"PatrolMSP\":"
            + org("h:1").replace("ca.crt", "none.crt")
            + "}}";

    assertThatThrownBy(() -> read(json))
        .hasMessageContaining("orgs.PatrolMSP.tlsCaCert names ")
        .hasMessageContaining("none.crt, which is not a readable file");
  }

  @Test
  void refuses_a_network_without_orgs() {
    assertThatThrownBy(() -> read("{\"channel\":\"c\",\"chaincode\":\"cc\",\"orgs\":{}}"))
        .hasMessage("network file " + file + ": orgs names no organization");
  }

  @Test
  void says_which_msp_has_no_peer() throws IOException {
    NetworkConfig network =
        read(
            "{\"channel\":\"c\",\"chaincode\":\"cc\",\"orgs\":{\"PatrolMSP\":" + org("h:1") + "}}");

    assertThatThrownBy(() -> network.peer("OtherMSP"))
        .hasMessage("the network file has no peer for MSP OtherMSP");
  }
}
