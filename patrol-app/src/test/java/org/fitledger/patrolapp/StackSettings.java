package org.fitledger.patrolapp;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the running stack is, and the demo people's passwords, as the spec's env names them. */
record StackSettings(URI gatewayUrl, URI patrolAppUrl, JsonObject passwords) {

  static StackSettings fromEnvironment() {
    return new StackSettings(
        URI.create(required("FITLEDGER_GATEWAY_URL").replaceAll("/+$", "")),
        URI.create(required("FITLEDGER_PATROL_APP_URL").replaceAll("/+$", "")),
        readJson(Path.of(required("FITLEDGER_CREDENTIALS"))));
  }

  String password(String username) {
    String password = passwords.getString(username);
    if (password == null) {
      throw new IllegalStateException("FITLEDGER_CREDENTIALS has no password for " + username);
    }
    return password;
  }

  private static String required(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set: run the ITs with ./fitledger test");
    }
    return value;
  }

  private static JsonObject readJson(Path file) {
    try {
      return new JsonObject(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
