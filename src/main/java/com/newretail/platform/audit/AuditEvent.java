package com.newretail.platform.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.GlobalId;

import io.vertx.core.json.JsonObject;

/** GraphQL view of one audit event. */
@Type("AuditEvent")
@Description("One change made through the API: who, when, which mutation, on what, and the values before and after.")
public class AuditEvent {

    private final AuditEventRow row;

    public AuditEvent(AuditEventRow row) {
        this.row = row;
    }

    @Id
    @NonNull
    @Description("Opaque ID of this event.")
    public String getId() {
        return GlobalId.encode("AuditEvent", row.id());
    }

    @NonNull
    @Description("When the change was committed.")
    public OffsetDateTime getOccurredAt() {
        return row.occurredAt();
    }

    @NonNull
    @Description("Username of who made the change.")
    public String getActor() {
        return row.actor();
    }

    @NonNull
    @Description("The mutation, e.g. `staffTransfer`.")
    public String getOperation() {
        return row.operation();
    }

    @NonNull
    @Id
    @Description("Global IDs of the objects changed.")
    public List<@NonNull String> getTargetIds() {
        return row.targetIds();
    }

    @NonNull
    @Description("The fields that changed, with their values before and after.")
    public List<@NonNull FieldChange> getChanges() {
        List<FieldChange> changes = new ArrayList<>();
        JsonObject json = row.changes();
        for (String field : json.fieldNames()) {
            JsonObject change = json.getJsonObject(field);
            changes.add(new FieldChange(field, change.getString("before"), change.getString("after")));
        }
        return changes;
    }

    /** A changed field. */
    @Type("FieldChange")
    @Description("A field's value before and after a change (as text; null when absent).")
    public static class FieldChange {
        private final String field;
        private final String before;
        private final String after;

        FieldChange(String field, String before, String after) {
            this.field = field;
            this.before = before;
            this.after = after;
        }

        @NonNull
        @Description("Field name.")
        public String getField() {
            return field;
        }

        @Description("Value before the change; null when the object was created.")
        public String getBefore() {
            return before;
        }

        @Description("Value after the change; null when the object was deleted.")
        public String getAfter() {
            return after;
        }
    }
}
