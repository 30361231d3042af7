package com.newretail.organization.graphql;

import java.util.List;
import java.util.function.BiFunction;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import com.newretail.organization.domain.PositionEntity;
import com.newretail.organization.domain.PositionService;
import com.newretail.organization.domain.Snapshots;
import com.newretail.organization.persistence.PositionReader;
import com.newretail.organization.persistence.PositionRow;
import com.newretail.platform.graphql.Connections;
import com.newretail.platform.graphql.Cursor;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.InvalidGlobalIdException;
import com.newretail.platform.graphql.PageRequest;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Positions: master data maintained by headquarters, readable by all staff. */
@GraphQLApi
public class PositionGraphQL {

    private final PositionService service;
    private final PositionReader reader;
    private final OrganizationPayloads payloads;

    public PositionGraphQL(PositionService service, PositionReader reader, OrganizationPayloads payloads) {
        this.service = service;
        this.reader = reader;
        this.payloads = payloads;
    }

    @Query("position")
    @RolesAllowed("${newretail.rules.position}")
    @Description("A position by ID; null when it does not exist.")
    public Uni<Position> position(@Name("id") @Id @NonNull @Description("Global ID of the position.") String id) {
        return reader.byIds(List.of(GlobalId.decode(id, Position.TYPE)))
                .map(rows -> rows.isEmpty() ? null : new Position(rows.get(0)));
    }

    @Query("positions")
    @RolesAllowed("${newretail.rules.positions}")
    @Description("All positions, by code, one page at a time.")
    public Uni<@NonNull PositionConnection> positions(
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        PageRequest page = PageRequest.of(first, after);
        String afterCode = page.afterKey();
        return reader.page(afterCode, page.fetchSize()).map(rows -> Connections.of(rows, page,
                row -> Cursor.encode(row.code()), (row, cursor) -> new PositionConnection.Edge(new Position(row), cursor),
                PositionConnection::new));
    }

    @Mutation("positionCreate")
    @RolesAllowed("${newretail.rules.positionCreate}")
    @WithTransaction
    @Description("Creates a position.")
    public Uni<@NonNull PositionCreatePayload> positionCreate(
            @Name("input") @NonNull @Description("The new position's fields.") PositionInput input,
            @Name("idempotencyKey") @Description(OrgUnitMutations.IDEMPOTENCY_KEY_DESCRIPTION) String idempotencyKey) {
        return payloads.run("positionCreate", idempotencyKey, List.of(input.toDraft()), kind(PositionCreatePayload::new),
                () -> service.create(input.toDraft()), PositionGraphQL::audit, p -> built(PositionCreatePayload::new, p));
    }

    @Mutation("positionUpdate")
    @RolesAllowed("${newretail.rules.positionUpdate}")
    @WithTransaction
    @Description("Changes a position. New realm roles apply to accounts provisioned or moved to it from now on.")
    public Uni<@NonNull PositionUpdatePayload> positionUpdate(
            @Name("id") @Id @NonNull @Description("The position to change.") String id,
            @Name("input") @NonNull @Description("The fields to change.") PositionInput input,
            @Name("idempotencyKey") @Description(OrgUnitMutations.IDEMPOTENCY_KEY_DESCRIPTION) String idempotencyKey) {
        OrganizationPayloads.Kind<PositionUpdatePayload> kind = kind(PositionUpdatePayload::new);
        long positionId;
        try {
            positionId = GlobalId.decode(id, Position.TYPE);
        } catch (InvalidGlobalIdException e) {
            return OrganizationPayloads.invalidId(kind, e, "id");
        }
        return payloads.run("positionUpdate", idempotencyKey, List.of(positionId, input.toDraft()), kind,
                () -> service.update(positionId, input.toDraft()), PositionGraphQL::audit, p -> built(PositionUpdatePayload::new, p));
    }

    @Mutation("positionDelete")
    @RolesAllowed("${newretail.rules.positionDelete}")
    @WithTransaction
    @Description("Deletes a position nobody holds.")
    public Uni<@NonNull PositionDeletePayload> positionDelete(
            @Name("id") @Id @NonNull @Description("The position to delete.") String id,
            @Name("idempotencyKey") @Description(OrgUnitMutations.IDEMPOTENCY_KEY_DESCRIPTION) String idempotencyKey) {
        OrganizationPayloads.Kind<PositionDeletePayload> kind = new OrganizationPayloads.Kind<>(
                errors -> new PositionDeletePayload(null, errors), PositionPayload::succeeded,
                p -> p.getPosition().getId(), resultId -> Uni.createFrom().item(new PositionDeletePayload(null, List.of())));
        long positionId;
        try {
            positionId = GlobalId.decode(id, Position.TYPE);
        } catch (InvalidGlobalIdException e) {
            return OrganizationPayloads.invalidId(kind, e, "id");
        }
        return payloads.run("positionDelete", idempotencyKey, List.of(positionId), kind, () -> service.delete(positionId),
                p -> new OrganizationPayloads.Audit(GlobalId.encode(Position.TYPE, p.id), null, java.util.Map.of()),
                p -> built(PositionDeletePayload::new, p));
    }

    private static OrganizationPayloads.Audit audit(PositionEntity position) {
        // Positions are global master data: their audit events are for whole-channel callers only.
        return new OrganizationPayloads.Audit(GlobalId.encode(Position.TYPE, position.id), null,
                Snapshots.of(position));
    }

    private <P extends PositionPayload> OrganizationPayloads.Kind<P> kind(BiFunction<Position, List<OrganizationUserError>, P> payload) {
        return new OrganizationPayloads.Kind<>(errors -> payload.apply(null, errors), PositionPayload::succeeded,
                p -> p.getPosition().getId(),
                resultId -> reader.byIds(List.of(GlobalId.decode(resultId, Position.TYPE)))
                        .map(rows -> payload.apply(rows.isEmpty() ? null : new Position(rows.get(0)), List.of())));
    }

    private static <P> Uni<P> built(BiFunction<Position, List<OrganizationUserError>, P> payload, PositionEntity position) {
        return Uni.createFrom().item(payload.apply(new Position(PositionRow.from(position)), List.of()));
    }
}
