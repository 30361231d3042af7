package com.newretail.operations.domain.sms;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;

/**
 * An SMS gateway over HTTP: {@code POST endpoint} with {@code {"messageId","mobile","text"}}, signed
 * ({@link SmsSignature} headers plus the key id), the message's idempotency key in
 * {@code Idempotency-Key}. 2xx takes it (the provider's id from {@code providerMessageId}); 429, 5xx,
 * timeouts and connection errors are retried later; other 4xx reject it.
 */
public class HttpSmsGateway implements SmsGateway {

    private final HttpClient client;
    private final URI endpoint;
    private final String keyId;
    private final String secret;
    private final Duration timeout;

    public HttpSmsGateway(Vertx vertx, URI endpoint, String keyId, String secret, Duration timeout) {
        this.client = vertx.createHttpClient();
        this.endpoint = endpoint;
        this.keyId = keyId;
        this.secret = secret;
        this.timeout = timeout;
    }

    @Override
    public Uni<Result> send(Outgoing message) {
        String body = new JsonObject().put("messageId", message.idempotencyKey()).put("mobile", message.mobile()).put("text", message.text()).encode();
        long now = Instant.now().getEpochSecond();
        int port = endpoint.getPort() > 0 ? endpoint.getPort() : "https".equals(endpoint.getScheme()) ? 443 : 80;
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setHost(endpoint.getHost()).setPort(port)
                .setSsl("https".equals(endpoint.getScheme())).setURI(endpoint.getRawPath() == null || endpoint.getRawPath().isEmpty() ? "/"
                        : endpoint.getRawPath()).setTimeout(timeout.toMillis())
                .putHeader("Content-Type", "application/json").putHeader("Idempotency-Key", message.idempotencyKey())
                .putHeader("X-Sms-Key", keyId).putHeader(SmsSignature.TIMESTAMP_HEADER, Long.toString(now))
                .putHeader(SmsSignature.SIGNATURE_HEADER, SmsSignature.sign(secret, now, body));
        return client.request(options)
                .chain(request -> request.send(Buffer.buffer(body)))
                .chain(response -> response.body().map(answer -> result(response.statusCode(), answer.toString(), message)))
                .onFailure().recoverWithItem(failure -> new Retry(shorten("gateway unreachable: " + failure.getMessage())));
    }

    private static Result result(int status, String answer, Outgoing message) {
        if (status >= 200 && status < 300) {
            String id = null;
            try {
                id = new JsonObject(answer).getString("providerMessageId");
            } catch (RuntimeException ignored) {
                // a gateway that answers without a body still took the text; it is known by our key
            }
            return new Accepted(id == null || id.isBlank() ? message.idempotencyKey() : shorten(id));
        }
        if (status == 429 || status >= 500) {
            return new Retry("gateway answered " + status);
        }
        return new Rejected(shorten("gateway refused (" + status + "): " + answer));
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() <= 250 ? text : text.substring(0, 250);
    }
}
