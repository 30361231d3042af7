package com.newretail.operations.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.mutation.PayloadKind;

/** Result of creating an SMS template. */
@Type("SmsTemplatePayload")
@Description("Result of creating an SMS template: the template, or why nothing changed.")
public record SmsTemplatePayload(
        @Ignore Long templateId,
        @NonNull @Description("Why nothing changed; empty on success.") List<@NonNull SmsUserError> userErrors) {

    static final PayloadKind<Long, SmsTemplatePayload, SmsUserError> KIND = PayloadKind.ofId(SmsUserError.AREA, SmsTemplate.TYPE,
            SmsTemplatePayload::new, SmsTemplatePayload::userErrors);
}
