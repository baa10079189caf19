package org.fitledger.chaincode.shared;

import java.security.PublicKey;
import java.util.Objects;
import org.fitledger.model.error.ErrorCode;
import org.fitledger.model.error.Refusal;
import org.fitledger.model.people.Role;

/**
 * Who submitted the transaction, as proven by their X.509 certificate: the MSP, the subject's CN
 * and the Fabric CA attributes {@code fitledger.role}, {@code fitledger.districts} and {@code
 * fitledger.company} and {@code fitledger.device} (each {@code null} when the certificate lacks
 * it).
 *
 * <pre>{@code
 * Actor inspector = tx.caller().as(Role.INSPECTOR, "record a patrol");
 * }</pre>
 *
 * @param mspId the MSP that issued the certificate, e.g. {@code PatrolMSP}
 * @param commonName the certificate subject's CN, e.g. {@code inspector1}
 * @param role the {@code fitledger.role} attribute
 * @param districts the {@code fitledger.districts} attribute, comma-separated prefixes
 * @param company the {@code fitledger.company} attribute
 * @param device the {@code fitledger.device} attribute: the machine a device identity is built into
 * @param key the certificate's public key, which checks what the caller signed on their device;
 *     null where it is not known
 */
public record Caller(
    String mspId,
    String commonName,
    String role,
    String districts,
    String company,
    String device,
    PublicKey key) {

  /** Checks that the MSP and the CN are present. */
  public Caller {
    Objects.requireNonNull(mspId, "mspId");
    Objects.requireNonNull(commonName, "commonName");
  }

  /** A caller whose certificate names no device: a person or a service. */
  public Caller(String mspId, String commonName, String role, String districts, String company) {
    this(mspId, commonName, role, districts, company, null, null);
  }

  /** A caller whose public key is not known. */
  public Caller(
      String mspId,
      String commonName,
      String role,
      String districts,
      String company,
      String device) {
    this(mspId, commonName, role, districts, company, device, null);
  }

  /**
   * The caller acting in {@code role}, after checking that the certificate carries that role, that
   * the role belongs to the caller's MSP and that its scope attributes are well formed.
   *
   * @param action what the caller tried to do, for the message
   * @throws Refusal with {@link ErrorCode#ACCESS_DENIED}
   */
  public Actor as(Role role, String action) {
    if (!role.attribute().equals(this.role)) {
      throw Actor.denied(
          "only " + role.attribute() + "s may " + action + "; the caller's role is " + this.role);
    }
    if (!role.mspId().equals(mspId)) {
      throw Actor.denied(
          "the role " + role.attribute() + " belongs to " + role.mspId() + ", not to " + mspId);
    }
    return Actor.of(role, this);
  }

  /**
   * The caller reading what holders of {@code role} may read: a holder of it, or the Authority's
   * {@link Role#READER}, which the gateway reads with for people who sign on their own devices. The
   * reader's scope is its own certificate's districts; it writes nothing, since no write accepts
   * it.
   *
   * @param action what the caller tried to do, for the message
   * @throws Refusal with {@link ErrorCode#ACCESS_DENIED}, as {@link #as} does for {@code role}
   */
  public Actor readsAs(Role role, String action) {
    return Role.READER.attribute().equals(this.role) ? as(Role.READER, action) : as(role, action);
  }

  /**
   * The caller acting in whichever role the certificate carries, checked as by {@link #as}.
   *
   * @param action what the caller tried to do, for the message
   * @throws Refusal with {@link ErrorCode#ACCESS_DENIED} if the certificate carries no known role,
   *     or the role fails the checks of {@link #as}
   */
  public Actor asAnyRole(String action) {
    Role claimed =
        Role.ofAttribute(role)
            .orElseThrow(
                () ->
                    Actor.denied(
                        "only supervisors, inspectors or contractors may "
                            + action
                            + "; the caller's role is "
                            + role));
    return as(claimed, action);
  }
}
