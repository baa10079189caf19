package org.fitledger.gateway.contract;

import java.util.List;

/**
 * The body of {@code POST /api/v1/contracts}, passed to {@code registerContract} as JSON.
 *
 * @param id the contract id
 * @param company the contractor company, e.g. {@code GREENFIX}
 * @param districts the district path prefixes it covers
 * @param sites the site names it covers
 * @param validFrom first day, {@code YYYY-MM-DD}
 * @param validTo last day, {@code YYYY-MM-DD}
 * @param sla its SLA terms
 */
record NewContract(
    String id,
    String company,
    List<String> districts,
    List<String> sites,
    String validFrom,
    String validTo,
    Sla sla) {

  NewContract {
    districts = districts == null ? List.of() : districts;
    sites = sites == null ? List.of() : sites;
  }
}
