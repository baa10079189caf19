package org.fitledger.gateway.notify;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.gateway.people.CurrentPerson;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.people.Scope;
import org.fitledger.model.error.ErrorCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in person's own notification preferences, and their latest deliveries. There is no way
 * to name another person: each call acts on the caller alone, and a body that names anyone (an
 * unknown field) is refused. The webhook secret is write-only.
 */
@RestController
@RequestMapping("/api/v1/me/notifications")
@Tag(name = "notifications")
class NotificationsController {
  private static final int DELIVERIES = 50;

  private final PreferencesRepository preferences;
  private final OutboxRepository outbox;
  private final Clock clock = Clock.systemUTC();

  NotificationsController(PreferencesRepository preferences, OutboxRepository outbox) {
    this.preferences = preferences;
    this.outbox = outbox;
  }

  @GetMapping
  @Operation(summary = "My notification preferences (none until set: nothing is sent)")
  PreferencesView read(@RequestAttribute(CurrentPerson.ATTRIBUTE) Person person) {
    return view(person, preferences.find(person.username()));
  }

  @PutMapping
  @Operation(
      summary =
          "Set my notification preferences: e-mail, webhook URL and secret (kept when null),"
              + " kinds")
  PreferencesView write(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person,
      @RequestBody PreferencesRequest request) {
    Set<NotificationKind> allowed = NotificationKind.forRole(Scope.of(person).role());
    boolean secretStored =
        preferences.find(person.username()).map(p -> p.webhookSecret() != null).orElse(false);
    Preferences checked;
    try {
      checked = PreferencesCheck.check(request, allowed, secretStored);
    } catch (PreferencesCheck.Invalid e) {
      throw new CodedException(ErrorCode.INVALID_INPUT, e.getMessage());
    }
    preferences.save(person.username(), checked, clock.instant());
    return read(person);
  }

  @GetMapping("/deliveries")
  @Operation(summary = "My latest 50 deliveries: SENT, PENDING (with attempts) or FAILED (why)")
  List<OutboxRepository.DeliveryStatus> deliveries(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person) {
    return outbox.recent(person.username(), DELIVERIES);
  }

  private static PreferencesView view(Person person, Optional<Preferences> stored) {
    List<NotificationKind> available =
        NotificationKind.forRole(Scope.of(person).role()).stream().sorted().toList();
    return stored
        .map(
            p ->
                new PreferencesView(
                    person.username(),
                    p.email(),
                    p.webhookUrl(),
                    p.webhookSecret() != null,
                    p.kindsInOrder(),
                    available))
        .orElseGet(
            () -> new PreferencesView(person.username(), null, null, false, List.of(), available));
  }

  /**
   * A person's preferences as answered: never the secret, only whether one is set.
   *
   * @param username whose they are
   * @param email where e-mails go, or null
   * @param webhookUrl where webhooks go, or null
   * @param webhookSecretSet whether a webhook secret is stored
   * @param kinds what they asked to be told of
   * @param availableKinds what their role may ask for
   */
  record PreferencesView(
      String username,
      @Schema(types = {"string", "null"}) String email,
      @Schema(types = {"string", "null"}) String webhookUrl,
      boolean webhookSecretSet,
      List<NotificationKind> kinds,
      List<NotificationKind> availableKinds) {}
}
