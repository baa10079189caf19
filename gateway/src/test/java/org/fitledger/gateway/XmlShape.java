package org.fitledger.gateway;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The shape of an XML document: element names, their order and nesting, without values, with a run
 * of siblings of one name as one: {@code services(service(service_code,service_name))}.
 */
public final class XmlShape {
  private XmlShape() {}

  /** The shape of {@code xml}. */
  public static String of(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Element root =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
            .getDocumentElement();
    return shape(root);
  }

  private static String shape(Element element) {
    List<String> children = new ArrayList<>();
    String last = null;
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e && !e.getTagName().equals(last)) {
        children.add(shape(e));
        last = e.getTagName();
      }
    }
    return children.isEmpty()
        ? element.getTagName()
        : element.getTagName() + "(" + String.join(",", children) + ")";
  }
}
