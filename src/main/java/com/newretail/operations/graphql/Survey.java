package com.newretail.operations.graphql;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.operations.domain.survey.SurveyStatus;
import com.newretail.operations.persistence.SurveyReader.SurveyRow;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.Node;

/** GraphQL view of a survey. */
@Type("Survey")
@Description("A questionnaire: questions (choices, ratings, free text), rules that turn answers into member tags, and its responses.")
public class Survey implements Node {

    public static final String TYPE = "Survey";

    private final SurveyRow row;

    public Survey(SurveyRow row) {
        this.row = row;
    }

    @Ignore
    public SurveyRow row() {
        return row;
    }

    @Override
    @Id
    @NonNull
    @Description("Globally unique, opaque ID of this survey.")
    public String getId() {
        return GlobalId.encode(TYPE, row.id());
    }

    @NonNull
    @Description("Title shown on the form.")
    public String getTitle() {
        return row.title();
    }

    @Description("Shown under the title.")
    public String getIntro() {
        return row.intro();
    }

    @NonNull
    @Description("Where it stands.")
    public SurveyStatus getStatus() {
        return SurveyStatus.valueOf(row.status());
    }

    @NonNull
    @Description("Whether a member may answer only once.")
    public boolean isOnePerCustomer() {
        return row.onePerCustomer();
    }

    @NonNull
    @Description("Responses so far.")
    public int getResponseCount() {
        return row.responseCount();
    }

    @NonNull
    @Description("Increases with every change; send it as `expectedVersion`.")
    public int getVersion() {
        return row.version();
    }

    @NonNull
    @Description("Who created it.")
    public String getCreatedBy() {
        return row.createdBy();
    }

    @NonNull
    @Description("When it was created.")
    public OffsetDateTime getCreatedAt() {
        return row.createdAt();
    }

    @Description("When it was published.")
    public OffsetDateTime getPublishedAt() {
        return row.publishedAt();
    }

    @Description("When it was closed.")
    public OffsetDateTime getClosedAt() {
        return row.closedAt();
    }
}
