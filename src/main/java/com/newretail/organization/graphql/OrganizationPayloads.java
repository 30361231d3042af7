package com.newretail.organization.graphql;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.organization.domain.OrganizationErrorCode;
import com.newretail.organization.domain.OrganizationProblem;
import com.newretail.organization.domain.Outcome;
import com.newretail.platform.audit.AuditLog;
import com.newretail.platform.graphql.InvalidGlobalIdException;
import com.newretail.platform.idempotency.IdempotentMutation;

import io.smallrye.mutiny.Uni;

/**
 * The plumbing every organization mutation shares: idempotency, audit, and turning outcomes and bad
 * IDs into payloads. Call inside the mutation's transaction.
 */
@ApplicationScoped
public class OrganizationPayloads {

    /** How one payload type is built, checked and replayed. */
    public record Kind<P>(Function<List<OrganizationUserError>, P> failed, Predicate<P> succeeded,
            Function<P, String> resultId, Function<String, Uni<P>> replay) {
    }

    /** What the audit log records of a successful change. */
    public record Audit(String targetId, Long scopeOrgUnitId, java.util.Map<String, ?> after) {
    }

    private final IdempotentMutation idempotent;
    private final AuditLog audit;

    public OrganizationPayloads(IdempotentMutation idempotent, AuditLog audit) {
        this.idempotent = idempotent;
        this.audit = audit;
    }

    /**
     * Runs {@code action} once per idempotency key; on success records the audit event that
     * {@code auditOf} describes.
     */
    public <T, P> Uni<P> run(String operation, String idempotencyKey, Object request, Kind<P> kind,
            Supplier<Uni<Outcome<T>>> action, Function<T, Audit> auditOf, Function<T, Uni<P>> success) {
        IdempotentMutation.Spec<P> spec = new IdempotentMutation.Spec<>(operation, request, kind.succeeded(),
                kind.resultId(), kind.replay(),
                problem -> kind.failed().apply(List.of(error(problem == IdempotentMutation.KeyProblem.REUSED
                        ? OrganizationErrorCode.IDEMPOTENCY_KEY_REUSED : OrganizationErrorCode.IDEMPOTENCY_KEY_INVALID,
                        problem.message(), "idempotencyKey"))));
        return idempotent.run(idempotencyKey, spec, () -> action.get().chain(outcome -> {
            if (!outcome.succeeded()) {
                return Uni.createFrom().item(kind.failed().apply(errors(outcome.problems())));
            }
            Audit event = auditOf.apply(outcome.value());
            return audit.record(operation, List.of(event.targetId()), event.scopeOrgUnitId(), outcome.before(), event.after())
                    .chain(() -> success.apply(outcome.value()));
        }));
    }

    public static List<OrganizationUserError> errors(List<OrganizationProblem> problems) {
        return problems.stream().map(OrganizationUserError::of).toList();
    }

    public static OrganizationUserError error(OrganizationErrorCode code, String message, String... field) {
        return OrganizationUserError.of(OrganizationProblem.of(code, message, field));
    }

    public static <P> Uni<P> invalidId(Kind<P> kind, InvalidGlobalIdException e, String... field) {
        return Uni.createFrom().item(kind.failed().apply(List.of(error(OrganizationErrorCode.INVALID_ID, e.getMessage(), e.fieldOr(field).toArray(String[]::new)))));
    }

    public static <P> Uni<P> notFound(Kind<P> kind, String what, String... field) {
        return Uni.createFrom().item(kind.failed().apply(List.of(error(OrganizationErrorCode.NOT_FOUND, "No such " + what, field))));
    }
}
