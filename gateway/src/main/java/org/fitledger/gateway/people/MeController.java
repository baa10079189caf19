package org.fitledger.gateway.people;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: who the request acts as. */
@RestController
class MeController {

  @GetMapping("/api/v1/me")
  Me me(@RequestAttribute(CurrentPerson.ATTRIBUTE) Person person) {
    return new Me(
        person.username(), person.mspId(), person.role(), person.districts(), person.company());
  }

  /**
   * The signed-in person, without their credentials.
   *
   * @param company a contractor's company; null for everyone else
   */
  record Me(
      String username,
      String mspId,
      String role,
      List<String> districts,
      @Schema(
              types = {"string", "null"},
              description = "a contractor's company; null for others")
          String company) {}
}
