package org.fitledger.gateway.open311;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two formats of GeoReport v2, chosen by the path's extension: a response is a tree of maps,
 * lists and scalars, written as JSON as it is, or as XML under a root element, each list item in an
 * element named after its list ({@code services} holds {@code service} elements).
 *
 * <p>{@code Open311Format.of("xml").write(status, "services", List.of(Map.of("service_code", "x")),
 * json)} is {@code <services><service><service_code>x</service_code></service></services>}.
 */
enum Open311Format {
  JSON(MediaType.APPLICATION_JSON),
  XML(MediaType.TEXT_XML);

  private static final Map<String, String> ITEMS =
      Map.of(
          "services", "service",
          "service_requests", "request",
          "errors", "error",
          "attributes", "attribute",
          "values", "value",
          "endpoints", "endpoint",
          "formats", "format");

  private final MediaType type;

  Open311Format(MediaType type) {
    this.type = type;
  }

  /**
   * A map of the names and values given, in their order, as GeoReport's XML lists its fields:
   * {@code fields("key", "yes", "name", "Yes")}.
   */
  static Map<String, Object> fields(Object... namesAndValues) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return fields;
  }

  /** The format of a path's extension, {@code json} or {@code xml}. */
  static Open311Format of(String extension) {
    for (Open311Format format : values()) {
      if (format.name().toLowerCase(Locale.ROOT).equals(extension)) {
        return format;
      }
    }
    throw new Open311Exception(
        HttpStatus.NOT_FOUND, "the format must be json or xml, as in requests.json");
  }

  /** The format of a request path: XML if it ends in {@code .xml}, else JSON. */
  static Open311Format ofPath(String path) {
    return path.endsWith(".xml") ? XML : JSON;
  }

  /** The response: {@code body} in this format, under {@code root} for XML. */
  ResponseEntity<byte[]> write(HttpStatus status, String root, Object body, JsonMapper json) {
    byte[] bytes = this == JSON ? json.writeValueAsBytes(body) : xml(root, body);
    return ResponseEntity.status(status)
        .contentType(new MediaType(type, StandardCharsets.UTF_8))
        .body(bytes);
  }

  private static byte[] xml(String root, Object body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      element(xml, root, body);
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing an Open311 XML answer failed", e);
    }
    return out.toByteArray();
  }

  private static void element(XMLStreamWriter xml, String name, Object value)
      throws XMLStreamException {
    xml.writeStartElement(name);
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        element(xml, String.valueOf(entry.getKey()), entry.getValue());
      }
    } else if (value instanceof List<?> list) {
      String item = ITEMS.getOrDefault(name, "item");
      for (Object each : list) {
        element(xml, item, each);
      }
    } else if (value != null) {
      xml.writeCharacters(String.valueOf(value));
    }
    xml.writeEndElement();
  }
}
