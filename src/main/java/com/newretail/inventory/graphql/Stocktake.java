package com.newretail.inventory.graphql;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.inventory.persistence.StocktakeReader.StocktakeRow;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.Node;
import com.newretail.inventory.domain.StocktakeStatus;

/** GraphQL view of a stocktake. */
@Type("Stocktake")
@Description("A physical count of a warehouse (or of a category subset): COUNTING → POSTED, via PENDING_APPROVAL when "
        + "the variance is above the threshold; CANCELLED while open.")
public class Stocktake implements Node {

    public static final String TYPE = "Stocktake";

    private final StocktakeRow row;

    public Stocktake(StocktakeRow row) {
        this.row = row;
    }

    @Ignore
    public StocktakeRow row() {
        return row;
    }

    @Override
    @Id
    @NonNull
    @Description("Global ID of the stocktake.")
    public String getId() {
        return GlobalId.encode(TYPE, row.id());
    }

    @NonNull
    @Description("Where it stands.")
    public StocktakeStatus getStatus() {
        return StocktakeStatus.valueOf(row.status());
    }

    @NonNull
    @Description("Changes with every status change; pass it as `expectedVersion`.")
    public int getVersion() {
        return row.version();
    }

    @NonNull
    @Description("Blind count: counters do not see book quantities or variances until it is posted.")
    public boolean isBlind() {
        return row.blind();
    }

    @Id
    @Deprecated
    @Description("The counted category's ID; null for the whole warehouse. Deprecated: use `category`.")
    public String getCategoryId() {
        return row.categoryId() == null ? null : GlobalId.encode("Category", row.categoryId());
    }

    @NonNull
    @Description("Who started it (froze the book).")
    public String getStartedBy() {
        return row.startedBy();
    }

    @NonNull
    @Description("When the book was frozen.")
    public OffsetDateTime getStartedAt() {
        return row.startedAt();
    }

    @Description("Who ended counting.")
    public String getSubmittedBy() {
        return row.submittedBy();
    }

    @Description("The manager who approved a variance above the threshold.")
    public String getApprovedBy() {
        return row.approvedBy();
    }

    @Description("When the variances were posted.")
    public OffsetDateTime getPostedAt() {
        return row.postedAt();
    }
}
