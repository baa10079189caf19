package org.fitledger.gateway.audit;

import java.util.List;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.people.Scope;
import org.fitledger.gateway.query.Params;
import org.fitledger.model.error.ErrorCode;

/**
 * Where an audit request may look: only supervisors audit, and only within their districts. A
 * {@code district} parameter must lie within one of them; without it, the audit covers all of them.
 *
 * <p>{@code AuditScope.of(supervisor2, "SH/PD/ZJ")} covers {@code SH/PD/ZJ}; {@code
 * AuditScope.of(supervisor2, "SH")} is refused (supervisor2 audits {@code SH/PD}).
 *
 * @param prefixes the district path prefixes the figures count
 * @param district the district to echo: the parameter, or the supervisor's only district, or null
 */
public record AuditScope(List<String> prefixes, String district) {
  /** The deepest level of a district path: city, district, street/town, community/village. */
  public static final int LEVELS = 4;

  /** Copies the prefixes. */
  public AuditScope {
    prefixes = List.copyOf(prefixes);
  }

  /**
   * The scope of an audit request.
   *
   * @param person who asks
   * @param district the {@code district} parameter, or null
   * @throws CodedException {@code ACCESS_DENIED} for anyone but a supervisor and for a district
   *     outside theirs, {@code INVALID_INPUT} for a malformed district
   */
  public static AuditScope of(Person person, String district) {
    Scope scope = Scope.of(person);
    if (!scope.isSupervisor()) {
      throw new CodedException(ErrorCode.ACCESS_DENIED, "only supervisors may audit");
    }
    String filter = Params.district("district", district);
    if (filter == null) {
      List<String> own = scope.districts();
      return new AuditScope(own, own.size() == 1 ? own.get(0) : null);
    }
    if (!scope.coversDistrict(filter)) {
      throw new CodedException(
          ErrorCode.ACCESS_DENIED,
          "district " + filter + " lies outside " + String.join(", ", person.districts()));
    }
    return new AuditScope(List.of(filter), filter);
  }

  /**
   * The level to group by: the {@code depth} parameter (1..4), by default one level below the
   * deepest prefix; never above a prefix, whose figures it would mix with others'.
   */
  public int depth(String parameter) {
    int deepest = prefixes.stream().mapToInt(p -> p.split("/").length).max().orElse(0);
    int depth = Params.integer("depth", parameter, 1, LEVELS, Math.min(LEVELS, deepest + 1));
    if (depth < deepest) {
      throw Params.invalid("depth must be at least " + deepest + ", the district's own level");
    }
    return depth;
  }
}
