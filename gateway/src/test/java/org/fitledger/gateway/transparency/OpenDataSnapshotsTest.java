package org.fitledger.gateway.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataAccessResourceFailureException;
import tools.jackson.databind.json.JsonMapper;

class OpenDataSnapshotsTest {
  private static final LocalDate DAY = LocalDate.of(2026, 12, 6);
  private static final OpenData.License LICENSE = new OpenData.License("CC-BY-4.0", "https://l");

  @TempDir Path dir;
  private final PublicRepository repository = mock(PublicRepository.class);
  private OpenDataSnapshots snapshots;

  @BeforeEach
  void wire() {
    Map<String, Object> machine = new LinkedHashMap<>();
    machine.put("id", "EQ-1");
    machine.put("latitude", 31.2);
    machine.put("longitude", 121.4);
    machine.put("state", "ok");
    when(repository.version()).thenReturn(new PublicRepository.Version(42, Instant.EPOCH));
    when(repository.machines(anyInt(), anyLong())).thenReturn(List.of(machine));
    when(repository.tickets(false, OpenDataController.MAX_SIZE, 0)).thenReturn(List.of());
    snapshots = new OpenDataSnapshots(repository, JsonMapper.shared(), LICENSE, dir.toString());
  }

  @Test
  void writes_every_file_and_a_manifest_with_their_hashes_once_a_day() throws Exception {
    assertThat(snapshots.takeIfMissing(DAY)).isTrue();
    Path day = dir.resolve("2026-12-06");
    for (String name : OpenDataSnapshots.FILES) {
      assertThat(day.resolve(name)).isRegularFile();
    }
    Map<String, Object> manifest = snapshots.list().get(0);
    assertThat(manifest).containsEntry("date", "2026-12-06").containsEntry("block", 42);
    assertThat(manifest).containsEntry("machines", 1).containsEntry("tickets", 0);
    @SuppressWarnings("unchecked")
    Map<String, String> hashes = (Map<String, String>) manifest.get("sha256");
    byte[] csv = Files.readAllBytes(day.resolve("machines.csv"));
    assertThat(hashes.get("machines.csv"))
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(csv)));
    assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8))
        .startsWith("id,type,site,")
        .contains("EQ-1");

    assertThat(snapshots.takeIfMissing(DAY)).as("a day is taken once").isFalse();
    assertThat(Files.readAllBytes(day.resolve("machines.csv"))).isEqualTo(csv);
  }

  @Test
  void a_snapshot_that_fails_midway_leaves_nothing_behind_and_is_taken_later() throws Exception {
    when(repository.tickets(false, OpenDataController.MAX_SIZE, 0))
        .thenThrow(new DataAccessResourceFailureException("index down"))
        .thenReturn(List.of());

    assertThat(snapshots.takeIfMissing(DAY)).isFalse();
    try (var left = Files.list(dir)) {
      assertThat(left).isEmpty();
    }
    assertThat(snapshots.takeIfMissing(DAY)).isTrue();
  }

  @Test
  void serves_only_the_files_of_a_snapshot_by_day_and_name() {
    snapshots.takeIfMissing(DAY);

    assertThat(snapshots.file("2026-12-06", "tickets.geojson")).isPresent();
    assertThat(snapshots.file("2026-12-06", "manifest.json")).isEmpty();
    assertThat(snapshots.file("2026-12-07", "tickets.csv")).isEmpty();
    assertThat(snapshots.file("../2026-12-06", "tickets.csv")).isEmpty();
    assertThat(snapshots.file("2026-12-06", "../../etc/passwd")).isEmpty();
  }
}
