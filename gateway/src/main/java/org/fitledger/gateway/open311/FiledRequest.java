package org.fitledger.gateway.open311;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fitledger.model.format.Formats;
import org.fitledger.model.ticket.Category;
import org.fitledger.model.ticket.StepRequests;
import org.fitledger.model.validation.Validation;
import org.springframework.util.MultiValueMap;

/**
 * The parameters of POST requests, checked. The machine is {@code address_id} (the id on its QR
 * tag) or the active machine nearest {@code lat}/{@code long}; a photo is a {@code media_url} of
 * FitLedger's evidence store, whose last segment is the photo's SHA-256; the contact is {@code
 * phone}, else {@code email}. Names, {@code device_id} and {@code account_id} are not kept. Free
 * text the model refuses (control characters, too long) is refused as the model words it.
 *
 * @param category the service's fault category
 * @param machineId the machine, when named by {@code address_id}
 * @param latitude with {@code longitude}, the position when no machine is named
 * @param longitude see latitude
 * @param description what the resident wrote; may be empty
 * @param urgent whether {@code attribute[danger]} is {@code yes}
 * @param photos the photo hashes
 * @param contact the contact, if given
 */
record FiledRequest(
    Category category,
    String machineId,
    Double latitude,
    Double longitude,
    String description,
    boolean urgent,
    List<String> photos,
    Optional<String> contact) {
  /** The longest contact taken. */
  static final int MAX_CONTACT = 200;

  private static final Pattern EVIDENCE_URL =
      Pattern.compile("^https?://[^\\s/]+(/[^\\s]*)?/evidence/([0-9a-f]{64})$");

  static FiledRequest parse(MultiValueMap<String, String> params) {
    Map<String, String> p = params.toSingleValueMap();
    String code = p.get("service_code");
    if (code == null || code.isBlank()) {
      throw Open311Exception.badRequest("service_code is required; GET services lists them");
    }
    Category category = Open311Services.require(code.strip());
    String machine = blankToNull(p.get("address_id"));
    Double latitude = null;
    Double longitude = null;
    if (machine != null) {
      if (!machine.matches(Formats.ID)) {
        throw Open311Exception.badRequest(
            "address_id must be the id on the machine's QR tag, such as EQ-1");
      }
    } else if (p.get("lat") != null && p.get("long") != null) {
      latitude = coordinate("lat", p.get("lat"), 90);
      longitude = coordinate("long", p.get("long"), 180);
    } else {
      throw Open311Exception.badRequest(
          "give address_id (the id on the machine's QR tag) or both lat and long");
    }
    String description =
        Validation.optionalText("description", p.get("description"), StepRequests.MAX_TEXT);
    String danger = p.get("attribute[" + Open311Services.DANGER + "]");
    if (danger != null && !danger.equals("yes") && !danger.equals("no")) {
      throw Open311Exception.badRequest("attribute[danger] must be yes or no");
    }
    return new FiledRequest(
        category,
        machine,
        latitude,
        longitude,
        description,
        "yes".equals(danger),
        photo(p.get("media_url")).map(List::of).orElse(List.of()),
        contact(p));
  }

  private static Optional<String> photo(String mediaUrl) {
    if (mediaUrl == null || mediaUrl.isBlank()) {
      return Optional.empty();
    }
    Matcher evidence = EVIDENCE_URL.matcher(mediaUrl.strip());
    if (mediaUrl.length() > 2000 || !evidence.matches()) {
      throw Open311Exception.badRequest(
          "media_url must be a photo in FitLedger's evidence store, .../evidence/<sha256>;"
              + " upload the photo there first");
    }
    return Optional.of(evidence.group(2));
  }

  private static Optional<String> contact(Map<String, String> p) {
    String contact = blankToNull(p.get("phone"));
    if (contact == null) {
      contact = blankToNull(p.get("email"));
    }
    if (contact == null) {
      return Optional.empty();
    }
    return Optional.of(Validation.text("phone or email", contact, MAX_CONTACT));
  }

  private static double coordinate(String name, String value, double bound) {
    try {
      double degrees = Double.parseDouble(value.strip());
      if (!(degrees >= -bound && degrees <= bound)) {
        throw Open311Exception.badRequest(name + " must be within -" + bound + ".." + bound);
      }
      return degrees;
    } catch (NumberFormatException e) {
      throw Open311Exception.badRequest(name + " must be a number of degrees");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
