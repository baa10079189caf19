package org.fitledger.gateway.ledger;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fitledger.gateway.config.ConfigFileException;
import org.fitledger.gateway.config.JsonFile;
import tools.jackson.databind.JsonNode;

/**
 * Reads the network file ({@code FITLEDGER_NETWORK_FILE}).
 *
 * <pre>{@code
 * NetworkConfig network = NetworkFileReader.read(Path.of("/run/network.json"));
 * }</pre>
 *
 * The file is {@code {"channel","chaincode","orgs":{"<MSP id>":{"peerEndpoint","peerHostAlias",
 * "tlsCaCert","caUrl","caName"}}}}, the last two optional; every problem is reported as a {@link
 * ConfigFileException} naming the file and the field.
 */
public final class NetworkFileReader {
  private static final String WHAT = "network file";

  private NetworkFileReader() {}

  /**
   * Reads and checks the file.
   *
   * @param file the network file
   * @return the network
   * @throws ConfigFileException naming the file and the field at fault
   */
  public static NetworkConfig read(Path file) {
    JsonFile json = JsonFile.read(file, WHAT);
    JsonNode orgs = json.object(json.root(), "orgs", "");
    if (orgs.isEmpty()) {
      throw json.error("orgs", "names no organization");
    }
    Map<String, OrgPeer> peers = new LinkedHashMap<>();
    for (String mspId : orgs.propertyNames()) {
      peers.put(mspId, peer(json, orgs, mspId));
    }
    return new NetworkConfig(
        json.text(json.root(), "channel", ""), json.text(json.root(), "chaincode", ""), peers);
  }

  private static OrgPeer peer(JsonFile json, JsonNode orgs, String mspId) {
    String where = "orgs." + mspId;
    JsonNode org = json.object(orgs, mspId, "orgs");
    String endpoint = json.text(org, "peerEndpoint", where);
    if (!isHostAndPort(endpoint)) {
      throw json.error(where + ".peerEndpoint", "must be host:port, not '" + endpoint + "'");
    }
    return new OrgPeer(
        endpoint,
        json.text(org, "peerHostAlias", where),
        json.readableFile(org, "tlsCaCert", where),
        org.has("caUrl") ? ca(json, org, where) : null);
  }

  private static OrgPeer.Ca ca(JsonFile json, JsonNode org, String where) {
    String url = json.text(org, "caUrl", where);
    if (!url.startsWith("https://")) {
      throw json.error(where + ".caUrl", "must be an https:// address, not '" + url + "'");
    }
    try {
      return new OrgPeer.Ca(URI.create(url), json.text(org, "caName", where));
    } catch (IllegalArgumentException e) {
      throw json.error(where + ".caUrl", "is no address: " + e.getMessage());
    }
  }

  private static boolean isHostAndPort(String endpoint) {
    int colon = endpoint.lastIndexOf(':');
    if (colon <= 0) {
      return false;
    }
    try {
      int port = Integer.parseInt(endpoint.substring(colon + 1));
      return port > 0 && port < 65536;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
