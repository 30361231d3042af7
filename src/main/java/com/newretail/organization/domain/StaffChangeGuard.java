package com.newretail.organization.domain;

import com.newretail.platform.mutation.Outcome;
import static com.newretail.organization.domain.OrganizationErrorCode.FORBIDDEN_POSITION;

import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.organization.persistence.PositionRepository;
import com.newretail.platform.scope.CallerBinding;
import com.newretail.platform.scope.CallerScope;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Who may change whom: the caller never changes themselves, never someone whose position outranks
 * theirs, and assigns only positions within their own roles and scope ({@link PositionAssignmentRule}).
 * A refusal is decided before any Keycloak call.
 */
@ApplicationScoped
public class StaffChangeGuard {

    private final PositionRepository positions;
    private final CallerScope callerScope;
    private final SecurityIdentity identity;

    public StaffChangeGuard(PositionRepository positions, CallerScope callerScope, SecurityIdentity identity) {
        this.positions = positions;
        this.callerScope = callerScope;
        this.identity = identity;
    }

    /** The position-assignment rule for the current caller (their roles, scope and own staff id). */
    Uni<PositionAssignmentRule> callerRule() {
        return callerScope.current().chain(scope -> callerScope.binding().map(binding -> new PositionAssignmentRule(
                identity.getRoles(), scope.kind(), binding.map(CallerBinding::staffId).orElse(null))));
    }

    /**
     * Runs {@code work} only if the caller may change this member: not themselves, and not someone
     * whose position outranks the caller's (else their account could be taken over). No Keycloak
     * call is made on a refusal.
     */
    <T> Uni<Outcome<T>> ifCallerMayChange(StaffEntity member, String[] field,
            Function<PositionAssignmentRule, Uni<Outcome<T>>> work) {
        return callerRule().chain(rule -> {
            Optional<String> self = rule.refusalForSelf(member.id);
            if (self.isPresent()) {
                return Outcome.refusedNow(OrganizationProblem.of(FORBIDDEN_POSITION, self.get(), field));
            }
            return positions.findById(member.positionId).chain(position -> {
                Optional<String> refusal = position == null ? Optional.empty()
                        : rule.refusalFor(position.realmRoles, position.dataScope);
                return refusal.isPresent()
                        ? Outcome.refusedNow(OrganizationProblem.of(FORBIDDEN_POSITION,
                                "This staff member's position is above yours: " + refusal.get(), field))
                        : work.apply(rule);
            });
        });
    }

    static Optional<OrganizationProblem> assignmentRefusal(PositionAssignmentRule rule, PositionEntity position) {
        return rule.refusalFor(position.realmRoles, position.dataScope)
                .map(message -> OrganizationProblem.of(FORBIDDEN_POSITION, message, "input", "positionId"));
    }
}
