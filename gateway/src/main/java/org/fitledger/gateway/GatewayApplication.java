package org.fitledger.gateway;

import org.fitledger.gateway.cli.CommandIo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts the FitLedger gateway: the REST API over the Fabric ledger and its PostgreSQL index.
 *
 * <p>{@code java -jar gateway/target/fitledger-gateway.jar}, configured by the {@code FITLEDGER_*}
 * environment variables. The profile {@code api}, {@code indexer} or {@code rebuild} makes it the
 * API alone, an indexer alone, or a rebuild of the index; with none it is the API and an indexer.
 * The same jar's commands ({@code people write}, {@code audit verify}) run without Spring.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

  /**
   * Runs the command the arguments name, else the gateway.
   *
   * @param args a command and its arguments, or Spring Boot command line arguments
   */
  public static void main(String[] args) {
    if (Commands.named(args)) {
      System.exit(Commands.run(args, CommandIo.system()));
    }
    SpringApplication.run(GatewayApplication.class, args);
  }
}
