package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Open data, as anyone fetches it without signing in: machines and tickets as GeoJSON and CSV under
 * the licence, paged, answering 304 to a client that holds the current version and a new version
 * once the ledger moved, with text a spreadsheet would run kept as text; and today's snapshot.
 */
class OpenDataIT {
  private final LiveGateway gateway = LiveGateway.fromEnvironment();
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(gateway.base().resolve(path)).GET();
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void machines_as_geojson_and_csv_with_licence_paging_and_versions() throws Exception {
    String machine = gateway.freshEquipment("=SUM(1+2) park");
    HttpResponse<String> first = get("public/v1/open-data/machines.geojson?size=5000", null);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(first.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/geo+json");
    JsonNode collection = LiveGateway.json(first);
    assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
    assertThat(collection.get("license").get("name").asString()).isEqualTo("CC-BY-4.0");
    List<String> ids = new ArrayList<>();
    collection.get("features").forEach(f -> ids.add(f.get("id").asString()));
    assertThat(ids).contains(machine).hasSize(collection.get("total").asInt());
    JsonNode feature = find(collection, machine);
    assertThat(feature.get("geometry").get("type").asString()).isEqualTo("Point");
    assertThat(feature.get("properties").get("state").asString()).isEqualTo("ok");

    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(first.headers().firstValue("Last-Modified")).isPresent();
    assertThat(get("public/v1/open-data/machines.geojson?size=5000", etag).statusCode())
        .as("unchanged since")
        .isEqualTo(304);

    HttpResponse<String> onePage = get("public/v1/open-data/machines.geojson?size=1", null);
    JsonNode page = LiveGateway.json(onePage);
    assertThat(page.get("features")).hasSize(1);
    assertThat(onePage.headers().firstValue("Link")).get().asString().contains("page=2");
    HttpResponse<String> second = get(page.get("next").asString().substring(1), null);
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(LiveGateway.json(second).get("features").get(0).get("id").asString())
        .isNotEqualTo(page.get("features").get(0).get("id").asString());

    HttpResponse<String> csv = get("public/v1/open-data/machines.csv?size=5000", null);
    assertThat(csv.statusCode()).isEqualTo(200);
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0])
        .startsWith("id,type,site,district,latitude,longitude,state")
        .endsWith(",license");
    assertThat(lines).hasSize(collection.get("total").asInt() + 1);
    String row =
        List.of(lines).stream().filter(l -> l.startsWith(machine + ",")).findFirst().orElseThrow();
    assertThat(row).contains(",'=SUM(1+2) park,").endsWith(",CC-BY-4.0");

    gateway.freshEquipment();
    HttpResponse<String> moved = get("public/v1/open-data/machines.geojson?size=5000", etag);
    for (int i = 0; i < 50 && moved.statusCode() == 304; i++) {
      Thread.sleep(200);
      moved = get("public/v1/open-data/machines.geojson?size=5000", etag);
    }
    assertThat(moved.statusCode()).as("a new version once the ledger moved").isEqualTo(200);
    assertThat(moved.headers().firstValue("ETag")).get().isNotEqualTo(etag);
  }

  @Test
  void tickets_as_geojson_and_csv_and_only_the_open_ones_when_asked() throws Exception {
    TicketFixtures greenfix = new TicketFixtures(gateway, "GREENFIX", "contractor1");
    String open = greenfix.open("MAJOR");
    HttpResponse<String> all = get("public/v1/open-data/tickets.geojson?size=5000", null);
    HttpResponse<String> onlyOpen =
        get("public/v1/open-data/tickets.geojson?size=5000&state=open", null);
    JsonNode ticket = find(LiveGateway.json(onlyOpen), open);
    assertThat(ticket.get("properties").get("company").asString()).isEqualTo("GREENFIX");
    assertThat(ticket.get("properties").get("repairDeadline").asString()).isNotBlank();
    assertThat(LiveGateway.json(onlyOpen).get("total").asLong())
        .isLessThanOrEqualTo(LiveGateway.json(all).get("total").asLong());
    LiveGateway.json(onlyOpen)
        .get("features")
        .forEach(
            f ->
                assertThat(f.get("properties").get("state").asString())
                    .isNotIn("CLOSED", "CANCELLED"));
    assertThat(get("public/v1/open-data/tickets.csv?state=shut", null).statusCode()).isEqualTo(400);
    assertThat(get("public/v1/open-data/tickets.xlsx", null).statusCode()).isEqualTo(404);
    assertThat(get("public/v1/open-data/tickets.csv?size=0", null).statusCode()).isEqualTo(400);
  }

  @Test
  void todays_snapshot_is_listed_and_served_whole() throws Exception {
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    HttpResponse<String> list = get("public/v1/open-data/snapshots", null);
    assertThat(list.statusCode()).isEqualTo(200);
    JsonNode snapshots = LiveGateway.json(list).get("snapshots");
    assertThat(snapshots).isNotEmpty();
    JsonNode latest = snapshots.get(0);
    assertThat(latest.get("date").asString()).isEqualTo(today);
    HttpResponse<String> csv =
        get("public/v1/open-data/snapshots/" + today + "/machines.csv", null);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body().split("\r\n")).hasSize(latest.get("machines").asInt() + 1);
    assertThat(csv.headers().firstValue("Cache-Control")).get().asString().contains("immutable");
    assertThat(get("public/v1/open-data/snapshots/1999-01-01/machines.csv", null).statusCode())
        .isEqualTo(404);
  }

  private static JsonNode find(JsonNode collection, String id) {
    for (JsonNode feature : collection.get("features")) {
      if (feature.get("id").asString().equals(id)) {
        return feature;
      }
    }
    throw new AssertionError(id + " is not among the features");
  }
}
