package org.fitledger.gateway.write;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Whether the current request asks to sign its transaction on the person's own device: {@code
 * Fitledger-Signing: device}.
 */
final class DeviceSigning {
  /** The request header that asks for signing on the device. */
  static final String HEADER = "Fitledger-Signing";

  /** Its one value. */
  static final String DEVICE = "device";

  private DeviceSigning() {}

  /** Whether the request being served asks to sign on the device. */
  static boolean requested() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    return attributes instanceof ServletRequestAttributes servlet
        && DEVICE.equalsIgnoreCase(servlet.getRequest().getHeader(HEADER));
  }
}
