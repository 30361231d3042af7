package com.newretail.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.DeferredWrites;
import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;

/**
 * Claims idempotency keys inside the caller's transaction. The insert of a key that another
 * in-flight transaction already inserted waits for that transaction (primary key), so concurrent
 * replays see the first result rather than acting again. A key expires after
 * {@code newretail.idempotency.key-ttl} (24 h by default): after that the same key acts anew, and
 * {@link IdempotencyKeySweep} deletes it.
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** Claims a new key; an expired one is taken over as if it were new (its row reset in the same statement). */
    private static final String CLAIM = "INSERT INTO platform_idempotency_key (actor, key, operation, request_hash) VALUES (?1, ?2, ?3, ?4) "
            + "ON CONFLICT (actor, key) DO UPDATE SET operation = EXCLUDED.operation, request_hash = EXCLUDED.request_hash, "
            + "result_id = NULL, created_at = now() WHERE platform_idempotency_key.created_at < now() - make_interval(secs => ?5)";
    private static final String EARLIER = "SELECT operation, request_hash, result_id FROM platform_idempotency_key WHERE actor = ?1 AND key = ?2";
    private static final String FIND = "SELECT operation, request_hash, result_id FROM platform_idempotency_key WHERE actor = ?1 AND key = ?2 "
            + "AND created_at >= now() - make_interval(secs => ?3)";
    private static final String COMPLETE = "UPDATE platform_idempotency_key SET result_id = ?3 WHERE actor = ?1 AND key = ?2";

    private final Duration ttl;

    public IdempotencyKeys(IdempotencyConfig config) {
        this.ttl = config.keyTtl();
    }

    public Duration ttl() {
        return ttl;
    }

    /** What a claim found. */
    public sealed interface Claim permits Fresh, Replay, Reused {
    }

    /** The key is new: do the work, then {@link #complete}. */
    public record Fresh() implements Claim {
    }

    /** The same request ran before; its result is {@code resultId}. */
    public record Replay(String resultId) implements Claim {
    }

    /** The key was used for a different request. */
    public record Reused() implements Claim {
    }

    public Uni<Claim> claim(String actor, String key, String operation, String requestFingerprint) {
        String hash = hash(operation, requestFingerprint);
        return NativeSql.update(CLAIM, actor, key, operation, hash, (double) ttl.toSeconds())
                .chain(inserted -> inserted == 1
                        ? Uni.createFrom().<Claim>item(new Fresh())
                        : NativeSql.rows(EARLIER, actor, key).map(rows -> earlier(rows.get(0), operation, hash)));
    }

    /**
     * What a claim would find, without claiming: a replay or a reuse of a finished key, else (a new key,
     * or one whose first run has not committed yet) {@link Fresh}. For a mutation that must act outside
     * its transaction first (a call to Keycloak) and only then claim the key.
     */
    public Uni<Claim> find(String actor, String key, String operation, String requestFingerprint) {
        return NativeSql.rows(FIND, actor, key, (double) ttl.toSeconds()).map(rows -> rows.isEmpty() || rows.get(0)[2] == null
                ? new Fresh()
                : earlier(rows.get(0), operation, hash(operation, requestFingerprint)));
    }

    /** An earlier run's key row (operation, request hash, result id): the same finished request is a replay, anything else a reuse. */
    private static Claim earlier(Object[] row, String operation, String hash) {
        return operation.equals(row[0]) && hash.equals(row[1]) && row[2] != null ? new Replay((String) row[2]) : new Reused();
    }

    private static String hash(String operation, String requestFingerprint) {
        return sha256(operation + "\n" + requestFingerprint);
    }

    public Uni<Void> complete(String actor, String key, String resultId) {
        return DeferredWrites.write(COMPLETE, actor, key, resultId);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
