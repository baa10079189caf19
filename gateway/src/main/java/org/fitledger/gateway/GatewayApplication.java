package org.fitledger.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts the FitLedger gateway: the REST API over the Fabric ledger and its PostgreSQL index.
 *
 * <p>{@code java -jar gateway/target/fitledger-gateway.jar}, configured by the {@code FITLEDGER_*}
 * environment variables.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

  /**
   * Runs the gateway.
   *
   * @param args Spring Boot command line arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(GatewayApplication.class, args);
  }
}
