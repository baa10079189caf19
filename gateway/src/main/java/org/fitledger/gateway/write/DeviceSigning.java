package org.fitledger.gateway.write;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Whether the current request asks to sign its transaction on the person's own device: {@code
 * Fitledger-Signing: device}, on a person's write under {@code /api/}.
 */
final class DeviceSigning {
  /** The request header that asks for signing on the device. */
  static final String HEADER = "Fitledger-Signing";

  /** Only people's writes are signed on their devices: machines' readings sign themselves. */
  private static final String API = "/api/";

  /** Its one value. */
  static final String DEVICE = "device";

  private DeviceSigning() {}

  /** Whether the request being served asks to sign on the device. */
  static boolean requested() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    return attributes instanceof ServletRequestAttributes servlet
        && servlet.getRequest().getRequestURI().startsWith(API)
        && DEVICE.equalsIgnoreCase(servlet.getRequest().getHeader(HEADER));
  }
}
