package com.newretail.platform.idempotency;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.scope.CallerScope;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Runs a mutation at most once per (caller, idempotency key). The caller is the token's subject
 * ({@code sub}, the Keycloak user id), which never changes, not the username, which may. Must be called inside the mutation's
 * transaction. A replay returns the payload rebuilt from the first run's result; a key reused for
 * a different request returns {@code keyReused}. A run that ends in userErrors changed nothing, so
 * its transaction (and the key) is rolled back and the client may retry with the same key.
 */
@ApplicationScoped
public class IdempotentMutation {

    public static final int MAX_KEY_LENGTH = 128;

    private final IdempotencyKeys keys;
    private final CallerScope caller;

    public IdempotentMutation(IdempotencyKeys keys, CallerScope caller) {
        this.keys = keys;
        this.caller = caller;
    }

    /** Why an idempotency key was refused; each area turns it into its own userError code. */
    public enum KeyProblem {
        REUSED("This idempotency key was already used for a different request"),
        INVALID("An idempotency key must be 1-" + MAX_KEY_LENGTH + " characters");

        private final String message;

        KeyProblem(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    /** How one mutation maps its payload to and from a stored result, and reports a refused key. */
    public record Spec<P>(String operation, Object request, Predicate<P> succeeded, Function<P, String> resultId,
            Function<String, Uni<P>> replay, Function<KeyProblem, P> keyProblem) {
    }

    public <P> Uni<P> run(String idempotencyKey, Spec<P> spec, Supplier<Uni<P>> action) {
        if (idempotencyKey == null) {
            return action.get().call(payload -> rollbackUnless(spec.succeeded().test(payload)));
        }
        if (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH) {
            return Uni.createFrom().item(spec.keyProblem().apply(KeyProblem.INVALID));
        }
        String actor = caller.subject();
        return keys.claim(actor, idempotencyKey, spec.operation(), String.valueOf(spec.request()))
                .chain(claim -> {
                    if (claim instanceof IdempotencyKeys.Replay replay) {
                        return spec.replay().apply(replay.resultId());
                    }
                    if (claim instanceof IdempotencyKeys.Reused) {
                        return Uni.createFrom().item(spec.keyProblem().apply(KeyProblem.REUSED));
                    }
                    return action.get().call(payload -> spec.succeeded().test(payload)
                            ? keys.complete(actor, idempotencyKey, spec.resultId().apply(payload))
                            : rollbackUnless(false));
                });
    }

    /**
     * The payload a run with this key would return without acting (a replay, or the key's refusal), or
     * null when the key is new: for a mutation that calls an outside system before it may {@link #run}.
     * Call inside a transaction.
     */
    public <P> Uni<P> earlier(String idempotencyKey, Spec<P> spec) {
        if (idempotencyKey == null) {
            return Uni.createFrom().nullItem();
        }
        if (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH) {
            return Uni.createFrom().item(spec.keyProblem().apply(KeyProblem.INVALID));
        }
        return keys.find(caller.subject(), idempotencyKey, spec.operation(), String.valueOf(spec.request())).chain(found -> {
            if (found instanceof IdempotencyKeys.Replay replay) {
                return spec.replay().apply(replay.resultId());
            }
            if (found instanceof IdempotencyKeys.Reused) {
                return Uni.createFrom().item(spec.keyProblem().apply(KeyProblem.REUSED));
            }
            return Uni.createFrom().nullItem();
        });
    }

    private static Uni<Void> rollbackUnless(boolean succeeded) {
        if (succeeded) {
            return Uni.createFrom().voidItem();
        }
        return Panache.currentTransaction().invoke(tx -> {
            if (tx != null) {
                tx.markForRollback();
            }
        }).replaceWithVoid();
    }
}
