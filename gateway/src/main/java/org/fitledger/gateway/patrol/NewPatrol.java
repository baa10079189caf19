package org.fitledger.gateway.patrol;

/**
 * The body of {@code POST /api/v1/patrols}, passed to {@code createPatrol} as JSON.
 *
 * @param id the client-chosen id that makes a retry idempotent
 * @param equipmentId the equipment inspected
 * @param condition {@code OK} or {@code DEFECT}
 * @param note the inspector's note; absent means empty
 */
record NewPatrol(String id, String equipmentId, String condition, String note) {

  NewPatrol {
    note = note == null ? "" : note;
  }
}
