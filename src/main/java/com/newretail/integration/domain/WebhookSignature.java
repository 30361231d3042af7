package com.newretail.integration.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a receiver knows a webhook came from us: {@code X-NewRetail-Signature: v1=<hex HMAC-SHA256 of
 * "<timestamp>.<body>" with the subscription's secret>}, the timestamp (Unix seconds) in
 * {@code X-NewRetail-Timestamp}; receivers should refuse a timestamp more than 5 minutes off.
 */
public final class WebhookSignature {

    public static final String SIGNATURE_HEADER = "X-NewRetail-Signature";
    public static final String TIMESTAMP_HEADER = "X-NewRetail-Timestamp";

    private WebhookSignature() {
    }

    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v1=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
