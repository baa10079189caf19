package org.fitledger.gateway.transparency;

/**
 * The role that takes each step of a ticket, for the public story, which names roles and
 * organizations, never people.
 *
 * <p>{@code PublicRoles.of("REPAIR", "patrol")} is {@code "contractor"}.
 */
final class PublicRoles {
  private PublicRoles() {}

  /**
   * The role behind a step.
   *
   * @param action the step's action, e.g. {@code ACKNOWLEDGE}
   * @param reportedBy how the ticket came: {@code patrol}, {@code resident}, {@code device} or
   *     {@code supervisor}
   */
  static String of(String action, String reportedBy) {
    return switch (action) {
      case "ACKNOWLEDGE", "MAKE_SAFE", "REPAIR" -> "contractor";
      case "ACCEPT", "REJECT" -> "inspector";
      case "REASSIGN", "CANCEL" -> "supervisor";
      case "OPEN" ->
          switch (reportedBy) {
            case "patrol", "resident" -> "inspector";
            case "device" -> "device";
            default -> "supervisor";
          };
      default -> "unknown";
    };
  }
}
