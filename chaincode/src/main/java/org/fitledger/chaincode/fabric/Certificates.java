package org.fitledger.chaincode.fabric;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.fitledger.chaincode.shared.Caller;
import org.hyperledger.fabric.contract.ClientIdentity;

/**
 * Reads the {@link Caller} from the submitter's certificate: the MSP, the subject's CN and the
 * Fabric CA attributes {@code fitledger.role}, {@code fitledger.districts}, {@code
 * fitledger.company} and {@code fitledger.device}.
 */
final class Certificates {
  static final String ROLE = "fitledger.role";
  static final String DISTRICTS = "fitledger.districts";
  static final String COMPANY = "fitledger.company";
  static final String DEVICE = "fitledger.device";

  private Certificates() {}

  static Caller caller(ClientIdentity identity) {
    return new Caller(
        identity.getMSPID(),
        commonName(identity),
        identity.getAttributeValue(ROLE),
        identity.getAttributeValue(DISTRICTS),
        identity.getAttributeValue(COMPANY),
        identity.getAttributeValue(DEVICE),
        identity.getX509Certificate().getPublicKey());
  }

  private static String commonName(ClientIdentity identity) {
    String subject = identity.getX509Certificate().getSubjectX500Principal().getName();
    try {
      return new LdapName(subject)
          .getRdns().stream()
              .filter(rdn -> "CN".equalsIgnoreCase(rdn.getType()))
              .map(Rdn::getValue)
              .map(Object::toString)
              .findFirst()
              .orElse(subject);
    } catch (InvalidNameException e) {
      throw new IllegalStateException("unreadable certificate subject " + subject, e);
    }
  }
}
