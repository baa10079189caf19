package org.fitledger.gateway.receipt;

import io.swagger.v3.oas.annotations.Hidden;
import java.util.regex.Pattern;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.model.error.ErrorCode;
import org.fitledger.model.format.Formats;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /public/v1/receipts/{txId}}: without sign-in, the receipt of a step of a ticket (its
 * opening, acknowledgement, making safe, repair, verification, reassignment or cancellation),
 * downloaded as {@code fitledger-receipt-{txId}.json}. A ticket names machines, companies and
 * times, never people, so its steps are public; a transaction that is not a ticket step is 404
 * {@code TRANSACTION_NOT_FOUND}, like one that does not exist.
 */
@RestController
@RequestMapping("/public/v1")
@Hidden
class ReceiptController {
  /** A transaction id is a SHA-256 in hex, as a photo hash is. */
  private static final Pattern TX_ID = Pattern.compile(Formats.SHA256);

  static final String TICKET = "ticket";

  private final ReceiptDownloads downloads;
  private final TicketStepRepository steps;

  ReceiptController(ReceiptDownloads downloads, TicketStepRepository steps) {
    this.downloads = downloads;
    this.steps = steps;
  }

  @GetMapping("/receipts/{txId}")
  ResponseEntity<Receipt> receipt(@PathVariable String txId) {
    if (!TX_ID.matcher(txId).matches()) {
      throw new CodedException(
          ErrorCode.INVALID_INPUT, "txId must be a transaction id: 64 lower-case hex digits");
    }
    String ticket =
        steps
            .ticketOf(txId)
            .orElseThrow(
                () ->
                    new CodedException(
                        ErrorCode.TRANSACTION_NOT_FOUND,
                        "no ticket step was written by transaction " + txId));
    return downloads.of(txId, TICKET, ticket);
  }
}
