package com.newretail.operations.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Inputs of the SMS mutations. */
public final class SmsInputs {

    private SmsInputs() {
    }

    /** Fields of {@code smsTemplateCreate}. */
    @Input("SmsTemplateInput")
    @Description("An SMS template.")
    public static class TemplateInput {
        @NonNull
        @Description("Name, 1-80 characters.")
        public String name;

        @NonNull
        @Description("2-20 letters, digits or spaces; sent first as 【signature】.")
        public String signature;

        @NonNull
        @Description("1-500 characters; `{name}`, `{store}` and `{link}` (a survey link, see smsSend) are filled in per member.")
        public String body;
    }

    /** Fields of {@code smsSend}. */
    @Input("SmsSendInput")
    @Description("Which template to whom: listed members, or the members of a segment snapshot.")
    public static class SendInput {
        @NonNull
        @Id
        @Description("The template.")
        public String templateId;

        @Id
        @Description("1-500 members in your data scope; or give snapshotId.")
        public List<@NonNull String> customerIds;

        @Id
        @Description("A segment snapshot; or give customerIds.")
        public String snapshotId;

        @Id
        @Description("The published survey a template with `{link}` links to: each member gets a signed, single-use link.")
        public String surveyId;

        @NonNull
        @DefaultValue("600")
        @Description("Texts per minute at most, 1-6000.")
        public int ratePerMinute;
    }
}
