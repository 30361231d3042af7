package com.newretail.supply.graphql;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.Node;
import com.newretail.supply.domain.ReplenishmentOrigin;
import com.newretail.supply.domain.ReplenishmentStatus;
import com.newretail.supply.persistence.SupplyReader.RequestRow;

/** GraphQL view of a replenishment request. */
@Type("ReplenishmentRequest")
@Description("A store's request for goods from its supplying warehouse (its dealer's, company's or the central one), created from the "
        + "replenishment suggestions or by hand; approved by the supplying side into a stock transfer.")
public class ReplenishmentRequest implements Node {

    public static final String TYPE = "ReplenishmentRequest";

    private final RequestRow row;

    public ReplenishmentRequest(RequestRow row) {
        this.row = row;
    }

    @Ignore
    public RequestRow row() {
        return row;
    }

    @Override
    @Id
    @NonNull
    @Description("Globally unique, opaque ID of this request.")
    public String getId() {
        return GlobalId.encode(TYPE, row.id());
    }

    @NonNull
    @Description("Where it stands.")
    public ReplenishmentStatus getStatus() {
        return ReplenishmentStatus.valueOf(row.status());
    }

    @NonNull
    @Description("How it came about.")
    public ReplenishmentOrigin getOrigin() {
        return ReplenishmentOrigin.valueOf(row.origin());
    }

    @Description("The store's note.")
    public String getNote() {
        return row.note();
    }

    @NonNull
    @Description("Pass as expectedVersion to change it.")
    public int getVersion() {
        return row.version();
    }

    @NonNull
    @Description("Who asked (\"system\" for the nightly run).")
    public String getRequestedBy() {
        return row.requestedBy();
    }

    @NonNull
    @Description("When it was created.")
    public OffsetDateTime getRequestedAt() {
        return row.requestedAt();
    }

    @Description("Who approved or rejected it.")
    public String getDecidedBy() {
        return row.decidedBy();
    }

    @Description("When it was approved or rejected.")
    public OffsetDateTime getDecidedAt() {
        return row.decidedAt();
    }

    @Description("The supplying side's note (why it was rejected).")
    public String getDecisionNote() {
        return row.decisionNote();
    }
}
