package org.fitledger.gateway.open311;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fitledger.model.ticket.Category;
import org.springframework.http.HttpStatus;

/**
 * The services a resident may report: one per fault category of fitness equipment, coded {@code
 * fitness-<category>} ({@code fitness-mechanical}), each with the attribute {@code danger}: whether
 * someone could be hurt by the machine now.
 */
final class Open311Services {
  static final String PREFIX = "fitness-";
  static final String DANGER = "danger";
  static final String GROUP = "Fitness equipment 健身器材";

  private static final Map<Category, String> NAMES =
      Map.of(
          Category.STRUCTURAL, "Frame cracked, bent or unstable 结构开裂、变形或松动",
          Category.MECHANICAL, "Moving part stuck, loose or broken 转动部件卡滞、松脱或损坏",
          Category.SURFACE, "Sharp edge, rust or damaged surface 锐边、锈蚀或表面破损",
          Category.SIGNAGE, "Instructions sign missing or unreadable 说明标识缺失或不清",
          Category.MISSING_PART, "Part missing 部件缺失",
          Category.OTHER, "Other problem with the machine 其他问题");

  private Open311Services() {}

  /** The service code of a category. */
  static String code(Category category) {
    return PREFIX + category.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The category of a service code, if it is one of ours. */
  static Optional<Category> category(String code) {
    return Arrays.stream(Category.values()).filter(c -> code(c).equals(code)).findFirst();
  }

  /** The category of a service code, or a 400 naming the codes there are. */
  static Category require(String code) {
    return category(code)
        .orElseThrow(
            () ->
                new Open311Exception(
                    HttpStatus.BAD_REQUEST,
                    "service_code "
                        + code
                        + " is not a service here; GET services lists them: "
                        + String.join(
                            ", ",
                            Arrays.stream(Category.values()).map(Open311Services::code).toList())));
  }

  /** The service name of a category. */
  static String name(Category category) {
    return NAMES.get(category);
  }

  /** GET discovery: this server, at {@code url}, in production, in both formats. */
  static Map<String, Object> discovery(String url) {
    String changeset = "2026-12-07T00:00:00Z";
    Map<String, Object> endpoint =
        Open311Format.fields(
            "specification",
            "http://wiki.open311.org/GeoReport_v2",
            "url",
            url,
            "changeset",
            changeset,
            "type",
            "production",
            "formats",
            List.of("text/xml", "application/json"));
    return Open311Format.fields(
        "changeset",
        changeset,
        "contact",
        "The sports bureau's FitLedger desk",
        "key_service",
        "Ask the sports bureau for an api_key to file requests",
        "endpoints",
        List.of(endpoint));
  }

  /** GET services. */
  static List<Map<String, Object>> list() {
    return Arrays.stream(Category.values())
        .map(
            category -> {
              Map<String, Object> service = new LinkedHashMap<>();
              service.put("service_code", code(category));
              service.put("service_name", name(category));
              service.put(
                  "description",
                  "A public fitness machine (outdoor fitness path): "
                      + name(category)
                      + ". Give the id on the machine's QR tag as address_id, or lat and long.");
              service.put("metadata", true);
              service.put("type", "realtime");
              service.put("keywords", "fitness,equipment,健身器材,报修");
              service.put("group", GROUP);
              return service;
            })
        .toList();
  }

  /** GET services/{code}: the attribute {@code danger}. */
  static Map<String, Object> definition(Category category) {
    Map<String, Object> danger = new LinkedHashMap<>();
    danger.put("variable", true);
    danger.put("code", DANGER);
    danger.put("datatype", "singlevaluelist");
    danger.put("required", false);
    danger.put("datatype_description", "yes or no");
    danger.put("order", 1);
    danger.put("description", "Could someone be hurt by it now? 现在是否可能伤人？");
    danger.put(
        "values",
        List.of(
            Open311Format.fields("key", "yes", "name", "Yes: keep people away 是，请勿使用"),
            Open311Format.fields("key", "no", "name", "No 否")));
    Map<String, Object> definition = new LinkedHashMap<>();
    definition.put("service_code", code(category));
    definition.put("attributes", List.of(danger));
    return definition;
  }
}
