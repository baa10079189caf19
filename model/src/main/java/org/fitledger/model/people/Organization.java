package org.fitledger.model.people;

/**
 * The three organizations of a FitLedger network, each with its own peer, CA and MSP. The MSP ids
 * are written here and nowhere else in Java.
 *
 * <p>{@code Organization.PATROL.mspId()} is {@code PatrolMSP}.
 */
public enum Organization {
  /** The sports bureau: supervisors register equipment and contracts and audit. */
  AUTHORITY("AuthorityMSP"),
  /** The inspectorate: inspectors patrol and verify repairs. */
  PATROL("PatrolMSP"),
  /** The maintenance contractors: their staff acknowledge, make safe and repair. */
  CONTRACTOR("ContractorMSP");

  private final String mspId;

  Organization(String mspId) {
    this.mspId = mspId;
  }

  /** The MSP id its certificates are issued under, e.g. {@code AuthorityMSP}. */
  public String mspId() {
    return mspId;
  }
}
