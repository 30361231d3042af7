package com.newretail.retail.graphql;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.retail.persistence.RetailReader.EventRow;

/** One step in an order's history. */
@Type("OrderEvent")
@Description("One step in an order's history: who did what, when.")
public class OrderEvent {

    private final EventRow row;

    public OrderEvent(EventRow row) {
        this.row = row;
    }

    @NonNull
    @Description("What happened: CREATED, PAID, FULFILLED, COMPLETED, CANCELLED, …")
    public String getType() {
        return row.type();
    }

    @NonNull
    @Description("Who (username).")
    public String getActor() {
        return row.actor();
    }

    @Description("Details, e.g. the tenders.")
    public String getDetail() {
        return row.detail();
    }

    @NonNull
    @Description("When.")
    public OffsetDateTime getAt() {
        return row.at();
    }
}
