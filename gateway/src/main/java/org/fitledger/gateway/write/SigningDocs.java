package org.fitledger.gateway.write;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fitledger.gateway.web.Written;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.ResolvableType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents signing on the person's own device in the OpenAPI document: the {@code signing} tag
 * explains the three steps with an example in {@code curl}+{@code openssl} and in Java ({@code
 * openapi/signing.md}), and every write that answers a {@link Written} record takes the {@code
 * Fitledger-Signing} header and may answer 202 with what to sign.
 */
@Component
public class SigningDocs implements GlobalOperationCustomizer, GlobalOpenApiCustomizer {
  static final String TAG = "signing";
  private static final String TO_SIGN = "#/components/schemas/ToSign";

  @Override
  public Operation customize(Operation operation, HandlerMethod handler) {
    if (!isLedgerWrite(handler)) {
      return operation;
    }
    operation.addParametersItem(
        new HeaderParameter()
            .name(DeviceSigning.HEADER)
            .required(false)
            .description(
                "device: sign the transaction on your own device; answered 202 with the proposal"
                    + " to sign (see the signing tag)")
            .schema(new StringSchema()._enum(List.of(DeviceSigning.DEVICE))));
    operation
        .getResponses()
        .addApiResponse(
            "202",
            new ApiResponse()
                .description("asked to sign on the device: the proposal to sign")
                .content(
                    new Content()
                        .addMediaType(
                            "application/json",
                            new MediaType().schema(new Schema<>().$ref(TO_SIGN)))));
    return operation;
  }

  @Override
  public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
    openApi.addTagsItem(new Tag().name(TAG).description(guide()));
  }

  /**
   * Whether the handler writes through {@link LedgerWrites}: it answers a {@link Written} record,
   * or is an {@link OrderedWrite}.
   */
  private static boolean isLedgerWrite(HandlerMethod handler) {
    ResolvableType answer = ResolvableType.forMethodReturnType(handler.getMethod());
    return handler.hasMethodAnnotation(OrderedWrite.class)
        || ResponseEntity.class.isAssignableFrom(answer.toClass())
            && Written.class.equals(answer.getGeneric(0).toClass());
  }

  private static String guide() {
    try (InputStream in = SigningDocs.class.getResourceAsStream("/openapi/signing.md")) {
      if (in == null) {
        throw new IllegalStateException("openapi/signing.md is missing from the gateway's jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
