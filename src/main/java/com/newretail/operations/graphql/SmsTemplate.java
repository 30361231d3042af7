package com.newretail.operations.graphql;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.operations.domain.TemplateStatus;
import com.newretail.operations.persistence.SmsReader.TemplateRow;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.Node;

/** GraphQL view of an SMS template. */
@Type("SmsTemplate")
@Description("An SMS text with its signature; `{name}` and `{store}` are filled in per member.")
public class SmsTemplate implements Node {

    public static final String TYPE = "SmsTemplate";

    private final TemplateRow row;

    public SmsTemplate(TemplateRow row) {
        this.row = row;
    }

    @Ignore
    public TemplateRow row() {
        return row;
    }

    @Override
    @Id
    @NonNull
    @Description("Globally unique, opaque ID of this template.")
    public String getId() {
        return GlobalId.encode(TYPE, row.id());
    }

    @NonNull
    @Description("Name for the operations team.")
    public String getName() {
        return row.name();
    }

    @NonNull
    @Description("Sent first, as 【signature】.")
    public String getSignature() {
        return row.signature();
    }

    @NonNull
    @Description("The text, with `{name}` (the member's name) and `{store}` (their home store).")
    public String getBody() {
        return row.body();
    }

    @NonNull
    @Description("ACTIVE, or ARCHIVED (sends no more).")
    public TemplateStatus getStatus() {
        return TemplateStatus.valueOf(row.status());
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
}
