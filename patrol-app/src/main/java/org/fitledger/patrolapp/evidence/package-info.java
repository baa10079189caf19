/**
 * The photo evidence store: photos whose SHA-256 goes on the ledger, kept by that hash and served
 * without their EXIF, GPS and XMP metadata. {@link org.fitledger.patrolapp.evidence.EvidenceHash},
 * {@link org.fitledger.patrolapp.evidence.ImageType} and {@link
 * org.fitledger.patrolapp.evidence.MetadataStripper} use no Vert.x types.
 */
package org.fitledger.patrolapp.evidence;
