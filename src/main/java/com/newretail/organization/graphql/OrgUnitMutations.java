package com.newretail.organization.graphql;

import java.util.List;
import java.util.function.BiFunction;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import com.newretail.organization.domain.OrgUnitOutcome;
import com.newretail.organization.domain.OrgUnitService;
import com.newretail.organization.domain.OrganizationErrorCode;
import com.newretail.organization.persistence.OrgUnitReader;
import com.newretail.organization.persistence.OrgUnitRow;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.InvalidGlobalIdException;
import com.newretail.platform.idempotency.IdempotentMutation;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Mutations of the channel tree. Each is one transaction and may carry an idempotency key. */
@GraphQLApi
public class OrgUnitMutations {

    private static final String IDEMPOTENCY_KEY_DESCRIPTION =
            "Any unique string (e.g. a UUID). Sending the same key again returns the first result instead of acting twice.";

    private final OrgUnitService service;
    private final OrgUnitReader reader;
    private final IdempotentMutation idempotent;

    public OrgUnitMutations(OrgUnitService service, OrgUnitReader reader, IdempotentMutation idempotent) {
        this.service = service;
        this.reader = reader;
        this.idempotent = idempotent;
    }

    @Mutation("orgUnitCreate")
    @RolesAllowed({ "hq-admin", "org-admin" })
    @WithTransaction
    @Description("Creates an org unit under a parent. Headquarters, the root, is created without a parent, once.")
    public Uni<@NonNull OrgUnitCreatePayload> orgUnitCreate(
            @Name("input") @NonNull @Description("The new unit's fields; all are required.") OrgUnitInput input,
            @Name("parentId") @Id @Description("Where in the tree the unit goes. Omit only for headquarters.") String parentId,
            @Name("idempotencyKey") @Description(IDEMPOTENCY_KEY_DESCRIPTION) String idempotencyKey) {
        Long parent;
        try {
            parent = parentId == null ? null : GlobalId.decode(parentId, OrgUnit.TYPE);
        } catch (InvalidGlobalIdException e) {
            return Uni.createFrom().item(invalidId(OrgUnitCreatePayload::new, e, "parentId"));
        }
        return idempotent.run(idempotencyKey,
                spec("orgUnitCreate", List.of(input.toDraft(), String.valueOf(parent)), OrgUnitCreatePayload::new),
                () -> service.create(input.toDraft(), parent).map(outcome -> payload(outcome, OrgUnitCreatePayload::new)));
    }

    @Mutation("orgUnitUpdate")
    @RolesAllowed({ "hq-admin", "org-admin" })
    @WithTransaction
    @Description("Changes an org unit's code or name. Use `orgUnitMove` to change its place in the tree.")
    public Uni<@NonNull OrgUnitUpdatePayload> orgUnitUpdate(
            @Name("id") @Id @NonNull @Description("The unit to change.") String id,
            @Name("input") @NonNull @Description("The fields to change; omitted fields stay as they are.") OrgUnitInput input,
            @Name("idempotencyKey") @Description(IDEMPOTENCY_KEY_DESCRIPTION) String idempotencyKey) {
        long unitId;
        try {
            unitId = GlobalId.decode(id, OrgUnit.TYPE);
        } catch (InvalidGlobalIdException e) {
            return Uni.createFrom().item(invalidId(OrgUnitUpdatePayload::new, e, "id"));
        }
        return idempotent.run(idempotencyKey,
                spec("orgUnitUpdate", List.of(unitId, input.toDraft()), OrgUnitUpdatePayload::new),
                () -> service.update(unitId, input.toDraft()).map(outcome -> payload(outcome, OrgUnitUpdatePayload::new)));
    }

    @Mutation("orgUnitMove")
    @RolesAllowed({ "hq-admin", "org-admin" })
    @WithTransaction
    @Description("Moves an org unit, with everything below it, under another parent.")
    public Uni<@NonNull OrgUnitMovePayload> orgUnitMove(
            @Name("id") @Id @NonNull @Description("The unit to move.") String id,
            @Name("parentId") @Id @NonNull @Description("The new parent.") String parentId,
            @Name("idempotencyKey") @Description(IDEMPOTENCY_KEY_DESCRIPTION) String idempotencyKey) {
        long unitId;
        long newParentId;
        try {
            unitId = GlobalId.decode(id, OrgUnit.TYPE);
        } catch (InvalidGlobalIdException e) {
            return Uni.createFrom().item(invalidId(OrgUnitMovePayload::new, e, "id"));
        }
        try {
            newParentId = GlobalId.decode(parentId, OrgUnit.TYPE);
        } catch (InvalidGlobalIdException e) {
            return Uni.createFrom().item(invalidId(OrgUnitMovePayload::new, e, "parentId"));
        }
        return idempotent.run(idempotencyKey,
                spec("orgUnitMove", List.of(unitId, newParentId), OrgUnitMovePayload::new),
                () -> service.move(unitId, newParentId).map(outcome -> payload(outcome, OrgUnitMovePayload::new)));
    }

    private <P extends OrgUnitPayload> IdempotentMutation.Spec<P> spec(String operation, Object request,
            BiFunction<OrgUnit, List<OrganizationUserError>, P> payload) {
        return new IdempotentMutation.Spec<>(operation, request, OrgUnitPayload::succeeded,
                p -> p.getOrgUnit().getId(),
                resultId -> reader.byIds(List.of(GlobalId.decode(resultId, OrgUnit.TYPE)))
                        .map(rows -> payload.apply(rows.isEmpty() ? null : new OrgUnit(rows.get(0)), List.of())),
                () -> payload.apply(null, List.of(new OrganizationUserError(List.of("idempotencyKey"),
                        "This idempotency key was already used for a different request",
                        OrganizationErrorCode.IDEMPOTENCY_KEY_REUSED))),
                () -> payload.apply(null, List.of(new OrganizationUserError(List.of("idempotencyKey"),
                        "An idempotency key must be 1-" + IdempotentMutation.MAX_KEY_LENGTH + " characters",
                        OrganizationErrorCode.IDEMPOTENCY_KEY_INVALID))));
    }

    private static <P> P payload(OrgUnitOutcome outcome, BiFunction<OrgUnit, List<OrganizationUserError>, P> payload) {
        if (!outcome.succeeded()) {
            return payload.apply(null, outcome.problems().stream().map(OrganizationUserError::of).toList());
        }
        return payload.apply(new OrgUnit(OrgUnitRow.from(outcome.unit())), List.of());
    }

    private static <P> P invalidId(BiFunction<OrgUnit, List<OrganizationUserError>, P> payload,
            InvalidGlobalIdException e, String field) {
        return payload.apply(null, List.of(new OrganizationUserError(List.of(field), e.getMessage(),
                OrganizationErrorCode.INVALID_ID)));
    }
}
