package org.fitledger.gateway.place;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.gateway.people.CurrentPerson;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.people.Scope;
import org.fitledger.gateway.query.Params;
import org.fitledger.model.error.ErrorCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The outlines of the districts within a supervisor's or inspector's scope, as GeoJSON. */
@RestController
@RequestMapping("/api/v1/districts/outlines")
@Tag(name = "equipment")
class DistrictOutlinesController {
  private static final int LEVELS = 4;

  private final DistrictOutlinesRepository repository;

  DistrictOutlinesController(DistrictOutlinesRepository repository) {
    this.repository = repository;
  }

  @GetMapping
  @Operation(
      summary = "District outlines: the padded convex hull of each district's machines",
      description =
          "district: a path prefix within one's districts (default: all of them); depth 1..4"
              + " (default one below the district). A GeoJSON FeatureCollection, one Polygon per"
              + " district holding a machine (not retired) with a position, padded by 50 m, with"
              + " the district path as id and properties.district and the outline's centroid as"
              + " properties.label.")
  OutlineCollection outlines(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person,
      @RequestParam(required = false) String district,
      @RequestParam(required = false) String depth) {
    Scope scope = Scope.of(person);
    List<String> prefixes = prefixes(person, scope, Params.district("district", district));
    int deepest = prefixes.stream().mapToInt(p -> p.split("/").length).max().orElse(1);
    int levels = Params.integer("depth", depth, 1, LEVELS, Math.min(LEVELS, deepest + 1));
    if (levels < deepest) {
      throw Params.invalid("depth must be at least " + deepest + ", the district's own level");
    }
    List<DistrictOutline> outlines =
        repository.positions(prefixes, levels).entrySet().stream()
            .map(e -> DistrictOutline.of(e.getKey(), e.getValue()))
            .toList();
    String echoed =
        district != null ? prefixes.get(0) : prefixes.size() == 1 ? prefixes.get(0) : null;
    return OutlineCollection.of(echoed, levels, outlines);
  }

  /** The district asked for, or all the person's; only those who read by district may ask. */
  private static List<String> prefixes(Person person, Scope scope, String district) {
    List<String> own = scope.districts();
    if (own.isEmpty()) {
      throw new CodedException(
          ErrorCode.ACCESS_DENIED, "only supervisors and inspectors read district outlines");
    }
    if (district == null) {
      return own;
    }
    if (!scope.coversDistrict(district)) {
      throw new CodedException(
          ErrorCode.ACCESS_DENIED,
          "district " + district + " lies outside " + String.join(", ", person.districts()));
    }
    return List.of(district);
  }
}
