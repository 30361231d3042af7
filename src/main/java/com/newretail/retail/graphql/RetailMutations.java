package com.newretail.retail.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.audit.AuditLog;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.idempotency.IdempotentMutation;
import com.newretail.retail.domain.Outcome;
import com.newretail.retail.domain.RetailErrorCode;
import com.newretail.retail.domain.RetailProblem;

import io.smallrye.mutiny.Uni;

/**
 * The common frame of the retail mutations whose payload names one object: idempotency key, audit
 * record on success, userErrors otherwise.
 */
@ApplicationScoped
public class RetailMutations {

    static final String KEY_DESCRIPTION =
            "Any unique string (e.g. a UUID). Sending the same key again returns the first result instead of acting twice.";

    /** How to build and read one payload type; {@code type} is the global ID type of the object it names. */
    public record Kind<P>(String type, BiFunction<Long, List<RetailUserError>, P> make, Function<P, Long> idOf, Predicate<P> succeeded) {

        P refused(List<RetailProblem> problems) {
            return make.apply(null, problems.stream().map(RetailUserError::new).toList());
        }

        Uni<P> refused(RetailErrorCode code, String message, String... field) {
            return Uni.createFrom().item(refused(List.of(RetailProblem.of(code, message, field))));
        }
    }

    static final Kind<CartPayload> CART = new Kind<>(Cart.TYPE, CartPayload::new, CartPayload::cartId, CartPayload::succeeded);
    static final Kind<CheckoutPayload> CHECKOUT = new Kind<>(Order.TYPE, CheckoutPayload::new, CheckoutPayload::orderId,
            CheckoutPayload::succeeded);
    static final Kind<OrderPayload> ORDER = new Kind<>(Order.TYPE, OrderPayload::new, OrderPayload::orderId, OrderPayload::succeeded);
    static final Kind<OrderReturnPayload> RETURN = new Kind<>(OrderReturn.TYPE, OrderReturnPayload::new, OrderReturnPayload::returnId,
            OrderReturnPayload::succeeded);
    static final Kind<ShiftPayload> SHIFT = new Kind<>(Shift.TYPE, ShiftPayload::new, ShiftPayload::shiftId, ShiftPayload::succeeded);

    private final IdempotentMutation idempotent;
    private final AuditLog audit;

    public RetailMutations(IdempotentMutation idempotent, AuditLog audit) {
        this.idempotent = idempotent;
        this.audit = audit;
    }

    /** Runs {@code action} once per idempotency key and records it in the audit log when it succeeds. */
    public <P> Uni<P> run(Kind<P> kind, String operation, Object request, String idempotencyKey, long auditOrgUnitId,
            Supplier<Uni<Outcome>> action) {
        IdempotentMutation.Spec<P> spec = new IdempotentMutation.Spec<>(operation, request, kind.succeeded(),
                payload -> GlobalId.encode(kind.type(), kind.idOf().apply(payload)),
                id -> Uni.createFrom().item(kind.make().apply(GlobalId.decode(id, kind.type()), List.of())),
                problem -> kind.refused(List.of(RetailProblem.of(problem == IdempotentMutation.KeyProblem.REUSED
                        ? RetailErrorCode.IDEMPOTENCY_KEY_REUSED : RetailErrorCode.IDEMPOTENCY_KEY_INVALID, problem.message(), "idempotencyKey"))));
        return idempotent.run(idempotencyKey, spec, () -> action.get().chain(outcome -> !outcome.succeeded()
                ? Uni.createFrom().item(kind.refused(outcome.problems()))
                : audit.record(operation, List.of(GlobalId.encode(kind.type(), outcome.id())), auditOrgUnitId, Map.of(), Map.of())
                        .replaceWith(kind.make().apply(outcome.id(), List.of()))));
    }
}
