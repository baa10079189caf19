/**
 * The Open311 GeoReport v2 interface (https://wiki.open311.org/GeoReport_v2): the services
 * residents may report, one per fault category of fitness equipment; requests filed by registered
 * client apps, recorded on the ledger by the Authority's intake identity; and every request's
 * status, in JSON or XML, without sign-in. The reporter's contact goes to the Authority's private
 * data collection only.
 */
package org.fitledger.gateway.open311;
