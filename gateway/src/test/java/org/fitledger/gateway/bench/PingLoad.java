package org.fitledger.gateway.bench;

/** The no-op ceiling: {@code POST /api/v1/ledger/ping} by the inspectors, as the patrols are. */
final class PingLoad implements Workload {
  private final Api api;

  PingLoad(Api api) {
    this.api = api;
  }

  @Override
  public String name() {
    return "no-op ping";
  }

  @Override
  public Answer next(int client) {
    String inspector = Seed.INSPECTORS.get(client % Seed.INSPECTORS.size());
    return api.post(inspector, "api/v1/ledger/ping", "");
  }
}
