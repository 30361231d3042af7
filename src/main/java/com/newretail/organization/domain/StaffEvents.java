package com.newretail.organization.domain;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.integration.api.IntegrationEvents;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.mutation.Outcome;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/** Announces staff changes to the systems around us ({@code organization.staff.changed.v1}), in the change's transaction. */
@ApplicationScoped
public class StaffEvents {

    private final IntegrationEvents events;

    public StaffEvents(IntegrationEvents events) {
        this.events = events;
    }

    /** After a successful change: the staff member as they now are, and what happened (CREATED, UPDATED, TRANSFERRED, DEACTIVATED). */
    public Uni<Void> changed(Outcome<StaffEntity> outcome, String change) {
        if (!outcome.succeeded()) {
            return Uni.createFrom().voidItem();
        }
        StaffEntity member = outcome.value();
        String staffId = GlobalId.encode("Staff", member.id);
        JsonObject data = new JsonObject().put("change", change).put("staffId", staffId).put("employeeNumber", member.employeeNumber)
                .put("name", member.name).put("status", member.status.name())
                .put("companyId", GlobalId.encode("OrgUnit", member.companyId)).put("orgUnitId", GlobalId.encode("OrgUnit", member.orgUnitId))
                .put("positionId", GlobalId.encode("Position", member.positionId))
                .put("hireDate", member.hireDate == null ? null : member.hireDate.toString());
        return events.publish(IntegrationEvents.STAFF_CHANGED, "Staff", member.id, staffId, data);
    }
}
