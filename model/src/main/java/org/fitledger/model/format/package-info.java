/** The regular expressions of FitLedger's identifiers and codes, written once. */
package org.fitledger.model.format;
