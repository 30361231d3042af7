package com.newretail.operations.domain.sms;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 over {@code timestamp + "\n" + body}, Base64: how requests to the gateway are signed
 * and how its delivery callbacks are checked (a timestamp too far from now is refused, so a captured
 * callback cannot be replayed later).
 */
public final class SmsSignature {

    public static final String TIMESTAMP_HEADER = "X-Sms-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Sms-Signature";
    public static final long MAX_SKEW_SECONDS = 300;

    private SmsSignature() {
    }

    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal((timestamp + "\n" + body).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    /** True when {@code signature} signs the body at {@code timestamp}, and the timestamp is within the skew of {@code now}. */
    public static boolean verify(String secret, String timestamp, String body, String signature, long nowSeconds) {
        if (timestamp == null || signature == null || body == null) {
            return false;
        }
        long at;
        try {
            at = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(nowSeconds - at) > MAX_SKEW_SECONDS) {
            return false;
        }
        return MessageDigest.isEqual(sign(secret, at, body).getBytes(StandardCharsets.UTF_8), signature.trim().getBytes(StandardCharsets.UTF_8));
    }
}
