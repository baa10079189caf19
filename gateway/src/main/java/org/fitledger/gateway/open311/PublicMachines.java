package org.fitledger.gateway.open311;

import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Map;
import org.fitledger.gateway.query.Params;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /public/v1/machines?lat=…&long=…}: the machines near a resident, without sign-in, so
 * that they can pick the one to report: active machines within {@code within} metres (default 1000,
 * at most 5000), nearest first, at most 50, each with its id, type, site, position and distance. A
 * machine's place is public: it stands in a park.
 */
@RestController
@RequestMapping("/public/v1")
@Hidden
class PublicMachines {
  static final int MAX_MACHINES = 50;

  private final ServiceRequestRepository repository;

  PublicMachines(ServiceRequestRepository repository) {
    this.repository = repository;
  }

  @GetMapping("/machines")
  List<Map<String, Object>> near(
      @RequestParam(name = "lat", required = false) String lat,
      @RequestParam(name = "long", required = false) String lon,
      @RequestParam(required = false) String within) {
    double latitude = Params.decimal("lat", lat, -90, 90);
    double longitude = Params.decimal("long", lon, -180, 180);
    int meters = Params.integer("within", within, 1, 5000, 1000);
    return repository.machinesNear(latitude, longitude, meters, MAX_MACHINES);
  }
}
