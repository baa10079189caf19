package org.fitledger.gateway.notify;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.fitledger.model.people.Role;

/**
 * What a notification is about, and who may ask for it: contractors hear of the tickets assigned to
 * their company and of their deadlines, inspectors of the repairs that await their verification.
 *
 * <p>{@code NotificationKind.forRole(Role.CONTRACTOR)} is {@code [ASSIGNED, DEADLINE_NEAR,
 * DEADLINE_MISSED]}.
 */
public enum NotificationKind {
  /** A ticket was opened for, or reassigned to, the recipient's company. */
  ASSIGNED,
  /** A repair in the recipient's districts awaits verification. */
  AWAITS_VERIFICATION,
  /** 80% of the time to a ticket's next deadline has passed. */
  DEADLINE_NEAR,
  /** A ticket's next deadline has passed without its step. */
  DEADLINE_MISSED;

  /** The kinds a person of this role may ask for; none for other roles. */
  public static Set<NotificationKind> forRole(Optional<Role> role) {
    if (role.equals(Optional.of(Role.CONTRACTOR))) {
      return EnumSet.of(ASSIGNED, DEADLINE_NEAR, DEADLINE_MISSED);
    }
    if (role.equals(Optional.of(Role.INSPECTOR))) {
      return EnumSet.of(AWAITS_VERIFICATION);
    }
    return EnumSet.noneOf(NotificationKind.class);
  }

  /** The kind named exactly so, if any. */
  public static Optional<NotificationKind> named(String name) {
    for (NotificationKind kind : values()) {
      if (kind.name().equals(name)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
