package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.ECPrivateKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.fitledger.gateway.ledger.PemFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whoever runs the gateway cannot sign as a person, be it a supervisor, an inspector or a
 * contractor: it is given no key of theirs, and none is in its files or in the memory of its
 * processes (the gateway and its two indexers).
 *
 * <p>Each person's key is looked for in every form it could take: its PEM text, and its private
 * number as 32 bytes big-endian (PKCS #8, BigInteger) and little-endian (the JDK's EC key), and as
 * hexadecimal text. The memory is searched in a heap dump of each process. The search is shown to
 * work on a key that the gateway and the active indexer do hold: the reader's, a service identity
 * they read the ledger's blocks with.
 */
class GatewayHoldsNoKeysIT {
  private static final List<String> PERSON_ROLES = List.of("supervisor", "inspector", "contractor");
  private static final List<String> PROCESSES = List.of("gateway", "indexer-1", "indexer-2");

  private final Path runDir = Launcher.runDir();
  private final JsonNode people = peopleFile();

  @TempDir Path dumps;

  @Test
  void the_people_file_names_no_key_of_a_person() {
    List<String> persons = namesOf(PERSON_ROLES);
    assertThat(persons).hasSizeGreaterThanOrEqualTo(11);
    for (JsonNode person : people.get("people")) {
      if (persons.contains(person.get("username").asString())) {
        assertThat(person.path("privateKey").isNull() || person.path("privateKey").isMissingNode())
            .as("a key of %s in the people file", person.get("username").asString())
            .isTrue();
      }
    }
  }

  @Test
  void no_file_of_the_gateway_holds_a_persons_key() throws Exception {
    Map<String, List<byte[]>> keys = keysOf(namesOf(PERSON_ROLES));
    List<Path> files;
    try (Stream<Path> walk = Files.walk(runDir.resolve("gateway"))) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      assertThat(found(Files.readAllBytes(file), keys)).as("keys of people in %s", file).isEmpty();
    }
  }

  @Test
  void no_gateway_process_holds_a_persons_key_in_memory() throws Exception {
    Map<String, List<byte[]>> persons = keysOf(namesOf(PERSON_ROLES));
    String indexer = people.get("indexer").asString();
    Map<String, List<byte[]>> reader = keysOf(List.of(indexer));
    List<String> reading = new ArrayList<>();
    for (String process : PROCESSES) {
      byte[] memory = heapDump(process);
      assertThat(found(memory, persons))
          .as("keys of people in the memory of %s", process)
          .isEmpty();
      if (found(memory, reader).contains(indexer)) {
        reading.add(process);
      }
    }
    // The gateway and the active indexer read blocks; the standby has not signed in yet.
    assertThat(reading).as("processes whose memory holds the reading key").contains("gateway");
    assertThat(reading).hasSizeGreaterThanOrEqualTo(2);
  }

  private JsonNode peopleFile() {
    return JsonMapper.shared().readTree(runDir.resolve("gateway/people.json").toFile());
  }

  private List<String> namesOf(List<String> roles) {
    List<String> names = new ArrayList<>();
    for (JsonNode person : people.get("people")) {
      if (roles.contains(person.get("role").asString())) {
        names.add(person.get("username").asString());
      }
    }
    return names;
  }

  /** Each person's key, in every form a process or file could hold it in. */
  private Map<String, List<byte[]>> keysOf(List<String> names) throws IOException {
    Map<String, List<byte[]>> keys = new LinkedHashMap<>();
    for (String name : names) {
      Path keystore = runDir.resolve("people").resolve(name).resolve("msp").resolve("keystore");
      Path file;
      try (Stream<Path> list = Files.list(keystore)) {
        file = list.filter(p -> p.toString().endsWith("_sk")).findFirst().orElseThrow();
      }
      byte[] big = unsigned32(((ECPrivateKey) PemFiles.privateKey(file)).getS());
      byte[] little = big.clone();
      for (int i = 0; i < 16; i++) {
        byte b = little[i];
        little[i] = little[31 - i];
        little[31 - i] = b;
      }
      String pemBody =
          Files.readString(file)
              .lines()
              .filter(l -> !l.startsWith("-----"))
              .findFirst()
              .orElseThrow();
      keys.put(
          name,
          List.of(
              big,
              little,
              HexFormat.of().formatHex(big).getBytes(StandardCharsets.US_ASCII),
              pemBody.getBytes(StandardCharsets.US_ASCII)));
    }
    return keys;
  }

  private static byte[] unsigned32(BigInteger s) {
    byte[] raw = s.toByteArray();
    byte[] out = new byte[32];
    int copy = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - copy, out, 32 - copy, copy);
    return out;
  }

  /** The people whose key appears in the bytes, in any of its forms. */
  private static List<String> found(byte[] haystack, Map<String, List<byte[]>> keys) {
    Map<Long, List<Map.Entry<String, byte[]>>> byPrefix = new HashMap<>();
    for (Map.Entry<String, List<byte[]>> key : keys.entrySet()) {
      for (byte[] form : key.getValue()) {
        byPrefix
            .computeIfAbsent(ByteBuffer.wrap(form, 0, 8).getLong(), k -> new ArrayList<>())
            .add(Map.entry(key.getKey(), form));
      }
    }
    List<String> found = new ArrayList<>();
    ByteBuffer bytes = ByteBuffer.wrap(haystack);
    for (int i = 0; i + 32 <= haystack.length; i++) {
      List<Map.Entry<String, byte[]>> candidates = byPrefix.get(bytes.getLong(i));
      if (candidates == null) {
        continue;
      }
      for (Map.Entry<String, byte[]> candidate : candidates) {
        byte[] form = candidate.getValue();
        if (i + form.length <= haystack.length
            && Arrays.equals(haystack, i, i + form.length, form, 0, form.length)
            && !found.contains(candidate.getKey())) {
          found.add(candidate.getKey());
        }
      }
    }
    return found;
  }

  /** A heap dump of a live process of the stack (its live objects), read whole. */
  private byte[] heapDump(String process) throws Exception {
    String pid = Files.readString(runDir.resolve("pids").resolve(process + ".pid")).strip();
    Path dump = dumps.resolve(process + ".hprof");
    Process jcmd =
        new ProcessBuilder("jcmd", pid, "GC.heap_dump", dump.toString())
            .redirectErrorStream(true)
            .start();
    String out;
    try (InputStream in = jcmd.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(jcmd.waitFor(120, TimeUnit.SECONDS)).as("jcmd %s", process).isTrue();
    assertThat(jcmd.exitValue()).as("jcmd %s: %s", process, out).isZero();
    assertThat(dump).as("heap dump of %s: %s", process, out).exists();
    byte[] memory = Files.readAllBytes(dump);
    Files.delete(dump);
    return memory;
  }
}
