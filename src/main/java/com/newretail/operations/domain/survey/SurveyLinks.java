package com.newretail.operations.domain.survey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Links to a survey's form: {@code <base-url>/s/<link id>.<HMAC-SHA256 of the id, Base64url>}. The
 * signature makes ids unguessable; the link's row makes it single-use.
 */
@ApplicationScoped
public class SurveyLinks {

    public static final String PATH = "/s/";

    private final String baseUrl;
    private final byte[] secret;

    public SurveyLinks(@ConfigProperty(name = "newretail.surveys.base-url") String baseUrl,
            @ConfigProperty(name = "newretail.surveys.link-secret") String secret) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String url(long linkId) {
        return baseUrl + PATH + token(linkId);
    }

    public String token(long linkId) {
        return linkId + "." + signature(linkId);
    }

    /** The link id a token names, when its signature holds. */
    public Optional<Long> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot > 19) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return MessageDigest.isEqual(signature(id).getBytes(StandardCharsets.UTF_8), token.substring(dot + 1).getBytes(StandardCharsets.UTF_8))
                ? Optional.of(id) : Optional.empty();
    }

    private String signature(long linkId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(("survey-link:" + linkId).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
