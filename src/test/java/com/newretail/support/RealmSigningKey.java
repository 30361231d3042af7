package com.newretail.support;

import static io.restassured.RestAssured.given;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;

/**
 * A signing key of the test's own, added to the real Keycloak realm as an RSA key provider of low
 * priority (Keycloak keeps signing with its own key; this one is only published in the realm's JWKS),
 * so a test can sign claims Keycloak would never issue — a token not valid yet, one just expired —
 * and the API verifies them exactly as it verifies Keycloak's.
 */
public final class RealmSigningKey {

    private static RealmSigningKey added;

    private final KeyPair pair;
    private final String kid;

    private RealmSigningKey(KeyPair pair, String kid) {
        this.pair = pair;
        this.kid = kid;
    }

    /** The key, added to the realm on first use (once per test JVM). */
    public static synchronized RealmSigningKey get() {
        if (added == null) {
            added = add();
        }
        return added;
    }

    private static RealmSigningKey add() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            String admin = Tokens.masterAdmin();
            String realmId = given().baseUri(KeycloakTestResource.baseUrl()).auth().oauth2(admin)
                    .when().get("/admin/realms/new-retail").then().statusCode(200).extract().path("id");
            Map<String, Object> provider = Map.of("name", "test-signing-key", "providerId", "rsa", "providerType", "org.keycloak.keys.KeyProvider",
                    "parentId", realmId, "config", Map.of("priority", List.of("1"), "enabled", List.of("true"), "active", List.of("true"),
                            "algorithm", List.of("RS256"), "privateKey", List.of(Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()))));
            given().baseUri(KeycloakTestResource.baseUrl()).auth().oauth2(admin).contentType(ContentType.JSON).body(provider)
                    .when().post("/admin/realms/new-retail/components").then().statusCode(201);
            String modulus = b64(unsigned(((RSAPublicKey) pair.getPublic()).getModulus()));
            List<Map<String, Object>> keys = given().baseUri(KeycloakTestResource.realmUrl()).when().get("/protocol/openid-connect/certs")
                    .then().statusCode(200).extract().path("keys");
            String kid = keys.stream().filter(key -> modulus.equals(key.get("n"))).map(key -> (String) key.get("kid")).findFirst()
                    .orElseThrow(() -> new AssertionError("the added key is not in the realm's JWKS"));
            return new RealmSigningKey(pair, kid);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token with these claims, signed RS256 with this key (its kid in the header). */
    public String sign(JsonObject claims) {
        String header = b64(new JsonObject().put("alg", "RS256").put("typ", "JWT").put("kid", kid).encode().getBytes(StandardCharsets.UTF_8));
        String payload = b64(claims.encode().getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(pair.getPrivate());
            signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + b64(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
