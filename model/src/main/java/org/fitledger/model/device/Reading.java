package org.fitledger.model.device;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A machine's reading as stored on the ledger, signed by its device.
 *
 * @param id the reading's id
 * @param equipmentId the machine
 * @param districtPath the machine's district path when it was read
 * @param device the CN of the device's certificate
 * @param observedAt when the device read it, as it said
 * @param usageCount the machine's uses since installation
 * @param fault the fault it reported, or null
 * @param ticketId the ticket its fault opened or joined, or null without a fault
 * @param recordedAt the recording transaction's timestamp
 * @param txId the recording transaction
 */
@JsonPropertyOrder({
  "id",
  "equipmentId",
  "districtPath",
  "device",
  "observedAt",
  "usageCount",
  "fault",
  "ticketId",
  "recordedAt",
  "txId"
})
public record Reading(
    String id,
    String equipmentId,
    String districtPath,
    String device,
    String observedAt,
    long usageCount,
    DeviceFault fault,
    String ticketId,
    String recordedAt,
    String txId) {}
