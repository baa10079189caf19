/**
 * Channel-wide settings that supervisors set, such as the location tolerance of patrols. {@link
 * org.fitledger.chaincode.settings.SettingsService} holds the rules.
 */
package org.fitledger.chaincode.settings;
