package org.fitledger.gateway.notify;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signed webhook: an HTTP POST of a {@link WebhookBody} with {@code X-FitLedger-Delivery} (the
 * delivery id), {@code X-FitLedger-Timestamp} (Unix seconds of this attempt) and {@code
 * X-FitLedger-Signature} ({@link WebhookSignature}). An answer 2xx is a delivery; any other answer,
 * or none, is tried again. Redirects are not followed. Unless {@code
 * fitledger.notify.webhook.allow-private-addresses} is set, a URL whose host resolves to a
 * loopback, private, link-local or multicast address is given up on (checked at each attempt).
 *
 * <p>{@code new WebhookChannel(settings.webhook(), Clock.systemUTC()).deliver(delivery)}
 */
final class WebhookChannel implements Delivery.Courier {
  private final NotifySettings.Webhook settings;
  private final Clock clock;
  private final HttpClient http;

  WebhookChannel(NotifySettings.Webhook settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(settings.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public Channel channel() {
    return Channel.WEBHOOK;
  }

  @Override
  public Delivery.Result deliver(Delivery delivery) {
    Preferences to = delivery.to();
    if (to.webhookUrl() == null || to.webhookSecret() == null) {
      return Delivery.Result.giveUp("the recipient no longer has a webhook");
    }
    URI uri = URI.create(to.webhookUrl());
    if (!settings.allowPrivateAddresses()) {
      try {
        for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
          if (isPrivate(address)) {
            return Delivery.Result.giveUp(
                "the webhook's host resolves to a private address " + address.getHostAddress());
          }
        }
      } catch (UnknownHostException e) {
        return Delivery.Result.retry("the webhook's host is unknown: " + uri.getHost());
      }
    }
    String body =
        JsonMapper.shared()
            .writeValueAsString(
                new WebhookBody(
                    delivery.id().toString(),
                    delivery.notice().kind(),
                    delivery.recipient(),
                    delivery.message().subject(),
                    delivery.notice()));
    long timestamp = clock.instant().getEpochSecond();
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(settings.timeout())
            .header("Content-Type", "application/json; charset=utf-8")
            .header("User-Agent", "FitLedger-Webhook/1")
            .header(WebhookSignature.DELIVERY_HEADER, delivery.id().toString())
            .header(WebhookSignature.TIMESTAMP_HEADER, String.valueOf(timestamp))
            .header(
                WebhookSignature.HEADER, WebhookSignature.sign(to.webhookSecret(), timestamp, body))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      HttpResponse<Void> answer = http.send(request, HttpResponse.BodyHandlers.discarding());
      int status = answer.statusCode();
      return status >= 200 && status < 300
          ? Delivery.Result.DELIVERED
          : Delivery.Result.retry("the webhook answered HTTP " + status);
    } catch (IOException e) {
      return Delivery.Result.retry("the webhook could not be reached: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Delivery.Result.retry("interrupted while sending the webhook");
    }
  }

  /** Whether an address lies in the gateway's own or a private network. */
  static boolean isPrivate(InetAddress address) {
    byte[] bytes = address.getAddress();
    boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
    boolean sharedV4 = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
    return address.isLoopbackAddress()
        || address.isSiteLocalAddress()
        || address.isLinkLocalAddress()
        || address.isAnyLocalAddress()
        || address.isMulticastAddress()
        || uniqueLocalV6
        || sharedV4;
  }
}
