package com.newretail.organization.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

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
import com.newretail.platform.mutation.Call;
import com.newretail.platform.mutation.MutationFrame;
import com.newretail.platform.mutation.PayloadKind;
import com.newretail.platform.graphql.PageRequest;

import io.smallrye.mutiny.Uni;

/** Positions: master data maintained by headquarters, readable by all staff. */
@GraphQLApi
public class PositionGraphQL {

    private final PositionService service;
    private final PositionReader reader;
    private final MutationFrame frame;

    public PositionGraphQL(PositionService service, PositionReader reader, MutationFrame frame) {
        this.service = service;
        this.reader = reader;
        this.frame = frame;
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
    @Description("Creates a position.")
    public Uni<@NonNull PositionCreatePayload> positionCreate(
            @Name("input") @NonNull @Description("The new position's fields.") PositionInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.run(kind(PositionCreatePayload::new, PositionCreatePayload::userErrors), "positionCreate", idempotencyKey, () -> new Call<>(List.of(input.toDraft()),
                () -> service.create(input.toDraft()), PositionGraphQL::audit, p -> built(PositionCreatePayload::new, p)));
    }

    @Mutation("positionUpdate")
    @RolesAllowed("${newretail.rules.positionUpdate}")
    @Description("Changes a position. New realm roles apply to accounts provisioned or moved to it from now on.")
    public Uni<@NonNull PositionUpdatePayload> positionUpdate(
            @Name("id") @Id @NonNull @Description("The position to change.") String id,
            @Name("input") @NonNull @Description("The fields to change.") PositionInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.run(kind(PositionUpdatePayload::new, PositionUpdatePayload::userErrors), "positionUpdate", idempotencyKey, () -> {
            long positionId = GlobalId.decodeAt(id, Position.TYPE, "id");
            return new Call<>(List.of(positionId, input.toDraft()), () -> service.update(positionId, input.toDraft()), PositionGraphQL::audit,
                    p -> built(PositionUpdatePayload::new, p));
        });
    }

    @Mutation("positionDelete")
    @RolesAllowed("${newretail.rules.positionDelete}")
    @Description("Deletes a position nobody holds.")
    public Uni<@NonNull PositionDeletePayload> positionDelete(
            @Name("id") @Id @NonNull @Description("The position to delete.") String id,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        var kind = new PayloadKind<PositionEntity, PositionDeletePayload, OrganizationUserError>(OrganizationUserError.AREA,
                (position, errors) -> new PositionDeletePayload(null, errors), PositionDeletePayload::userErrors,
                position -> GlobalId.encode(Position.TYPE, position.id),
                resultId -> Uni.createFrom().item(new PositionDeletePayload(null, List.of())));
        return frame.run(kind, "positionDelete", idempotencyKey, () -> {
            long positionId = GlobalId.decodeAt(id, Position.TYPE, "id");
            return new Call<>(List.of(positionId), () -> service.delete(positionId), p -> Call.Audit.of(null, Map.of()),
                    p -> built(PositionDeletePayload::new, p));
        });
    }

    private static Call.Audit audit(PositionEntity position) {
        // Positions are global master data: their audit events are for whole-channel callers only.
        return Call.Audit.of(null, Snapshots.of(position));
    }

    private <P> PayloadKind<PositionEntity, P, OrganizationUserError> kind(
            BiFunction<Position, List<OrganizationUserError>, P> payload, Function<P, List<OrganizationUserError>> errorsOf) {
        return new PayloadKind<>(OrganizationUserError.AREA, (position, errors) -> payload.apply(null, errors), errorsOf,
                position -> GlobalId.encode(Position.TYPE, position.id),
                resultId -> reader.byIds(List.of(GlobalId.decode(resultId, Position.TYPE)))
                        .map(rows -> payload.apply(rows.isEmpty() ? null : new Position(rows.get(0)), List.of())));
    }

    private static <P> Uni<P> built(BiFunction<Position, List<OrganizationUserError>, P> payload, PositionEntity position) {
        return Uni.createFrom().item(payload.apply(new Position(PositionRow.from(position)), List.of()));
    }
}
