package org.fitledger.gateway.receipt;

import org.fitledger.gateway.error.CodedException;
import org.fitledger.model.error.ErrorCode;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A receipt as a download, for the controllers that have checked the caller may see the record:
 * {@code fitledger-receipt-{txId}.json}, or 404 {@code TRANSACTION_NOT_FOUND} when the ledger holds
 * no such transaction writing the record.
 *
 * <p>{@code return downloads.of(view.get("txId").asString(), "patrol", id);}
 */
@Component
public class ReceiptDownloads {
  private final Receipts receipts;

  ReceiptDownloads(Receipts receipts) {
    this.receipts = receipts;
  }

  /** The receipt of transaction {@code txId} writing record {@code kind}/{@code id}. */
  public ResponseEntity<Receipt> of(String txId, String kind, String id) {
    Receipt receipt =
        receipts
            .of(txId, kind, id)
            .orElseThrow(
                () ->
                    new CodedException(
                        ErrorCode.TRANSACTION_NOT_FOUND,
                        "no " + kind + " " + id + " was written by transaction " + txId));
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("fitledger-receipt-" + txId + ".json")
                .build()
                .toString())
        .body(receipt);
  }
}
