package com.newretail.operations.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import com.newretail.customer.api.CustomerDirectory;
import com.newretail.customer.graphql.Customer;
import com.newretail.operations.domain.sms.SmsErrorCode;
import com.newretail.operations.domain.sms.SmsSending;
import com.newretail.operations.domain.sms.SmsStatus;
import com.newretail.operations.persistence.SmsReader;
import com.newretail.platform.graphql.Connections;
import com.newretail.platform.graphql.Cursor;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.PageRequest;
import com.newretail.platform.mutation.Call;
import com.newretail.platform.mutation.MutationFrame;
import com.newretail.platform.mutation.Refusal;
import com.newretail.platform.scope.CallerScope;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** SMS: templates, sends to members or a snapshot through the outbox, and where each text stands. */
@GraphQLApi
public class SmsGraphQL {

    private final SmsReader reader;
    private final SmsSending sending;
    private final CallerScope callerScope;
    private final MutationFrame frame;
    private final SecurityIdentity identity;
    private final CustomerDirectory customers;
    private final OperationsGraphQL segments;

    public SmsGraphQL(SmsReader reader, SmsSending sending, CallerScope callerScope, MutationFrame frame, SecurityIdentity identity,
            CustomerDirectory customers, OperationsGraphQL segments) {
        this.reader = reader;
        this.sending = sending;
        this.callerScope = callerScope;
        this.frame = frame;
        this.identity = identity;
        this.customers = customers;
        this.segments = segments;
    }

    @Query("smsTemplate")
    @RolesAllowed("${newretail.rules.smsTemplate}")
    @Description("An SMS template; null when it does not exist.")
    public Uni<SmsTemplate> smsTemplate(@Name("id") @Id @NonNull @Description("The template.") String id) {
        return templateById(GlobalId.decode(id, SmsTemplate.TYPE));
    }

    @Query("smsTemplates")
    @RolesAllowed("${newretail.rules.smsTemplates}")
    @Description("SMS templates, newest first.")
    public Uni<@NonNull SmsTemplateConnection> smsTemplates(
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        PageRequest page = PageRequest.of(first, after);
        return reader.templates(page.afterId(), page.fetchSize()).map(rows -> Connections.of(rows, page, row -> Cursor.encode(row.id()),
                (row, cursor) -> new SmsTemplateConnection.Edge(new SmsTemplate(row), cursor), SmsTemplateConnection::new));
    }

    @Query("smsBatch")
    @RolesAllowed("${newretail.rules.smsBatch}")
    @Description("An SMS send batch with its counts; null when it does not exist.")
    public Uni<SmsBatch> smsBatch(@Name("id") @Id @NonNull @Description("The batch.") String id) {
        return batchById(GlobalId.decode(id, SmsBatch.TYPE));
    }

    @Query("smsBatches")
    @RolesAllowed("${newretail.rules.smsBatches}")
    @Description("SMS send batches, newest first.")
    public Uni<@NonNull SmsBatchConnection> smsBatches(
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        PageRequest page = PageRequest.of(first, after);
        return reader.batches(page.afterId(), page.fetchSize()).map(rows -> Connections.of(rows, page, row -> Cursor.encode(row.id()),
                (row, cursor) -> new SmsBatchConnection.Edge(new SmsBatch(row), cursor), SmsBatchConnection::new));
    }

    @Query("smsMessages")
    @RolesAllowed("${newretail.rules.smsMessages}")
    @Description("A batch's texts to members in your data scope, in queue order.")
    public Uni<@NonNull SmsMessageConnection> smsMessages(
            @Name("batchId") @Id @NonNull @Description("The batch.") String batchId,
            @Name("status") @Description("Only texts standing so.") SmsStatus status,
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        long batch = GlobalId.decode(batchId, SmsBatch.TYPE);
        PageRequest page = PageRequest.of(first, after);
        return callerScope.current().chain(scope -> reader.messages(batch, status == null ? null : status.name(), scope, page.afterId(),
                page.fetchSize())).map(rows -> Connections.of(rows, page, row -> Cursor.encode(row.id()),
                        (row, cursor) -> new SmsMessageConnection.Edge(new SmsMessage(row), cursor), SmsMessageConnection::new));
    }

    @Name("template")
    @NonNull
    @Description("The template sent.")
    public Uni<List<@NonNull SmsTemplate>> batchTemplate(@Source List<SmsBatch> batches) {
        List<Long> ids = batches.stream().map(b -> b.row().templateId()).toList();
        return reader.templatesByIds(ids.stream().distinct().toList()).map(rows -> {
            Map<Long, SmsReader.TemplateRow> byId = rows.stream().collect(Collectors.toMap(SmsReader.TemplateRow::id, Function.identity()));
            return ids.stream().map(id -> new SmsTemplate(byId.get(id))).toList();
        });
    }

    @Name("snapshot")
    @Description("The segment snapshot sent to; null for a send to listed members.")
    public Uni<SegmentSnapshot> batchSnapshot(@Source SmsBatch batch) {
        return batch.row().snapshotId() == null ? Uni.createFrom().nullItem()
                : segments.segmentSnapshot(GlobalId.encode(SegmentSnapshot.TYPE, batch.row().snapshotId()));
    }

    @Name("batch")
    @NonNull
    @Description("The batch it belongs to.")
    public Uni<List<@NonNull SmsBatch>> messageBatch(@Source List<SmsMessage> messages) {
        List<Long> ids = messages.stream().map(m -> m.row().batchId()).toList();
        return reader.batchesByIds(ids.stream().distinct().toList()).map(rows -> {
            Map<Long, SmsReader.BatchRow> byId = rows.stream().collect(Collectors.toMap(SmsReader.BatchRow::id, Function.identity()));
            return ids.stream().map(id -> new SmsBatch(byId.get(id))).toList();
        });
    }

    @Name("customer")
    @NonNull
    @Description("The member it went to.")
    public Uni<List<@NonNull Customer>> messageCustomer(@Source List<SmsMessage> messages) {
        List<Long> ids = messages.stream().map(m -> m.row().customerId()).toList();
        return customers.views(ids.stream().distinct().toList()).map(found -> ids.stream().map(found::get).toList());
    }

    @Name("template")
    @Description("The template; null when there are userErrors.")
    public Uni<SmsTemplate> payloadTemplate(@Source SmsTemplatePayload payload) {
        return payload.templateId() == null ? Uni.createFrom().nullItem() : templateById(payload.templateId());
    }

    @Name("batch")
    @Description("The batch with its counts; null when there are userErrors.")
    public Uni<SmsBatch> payloadBatch(@Source SmsBatchPayload payload) {
        return payload.batchId() == null ? Uni.createFrom().nullItem() : batchById(payload.batchId());
    }

    @Mutation("smsTemplateCreate")
    @RolesAllowed("${newretail.rules.smsTemplateCreate}")
    @Description("Creates an SMS template. INVALID_VALUE names the field at fault (an unknown {variable} in the body, a bad signature).")
    public Uni<@NonNull SmsTemplatePayload> smsTemplateCreate(
            @Name("input") @NonNull @Description("The template.") SmsInputs.TemplateInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(SmsTemplatePayload.KIND, () -> frame.once(SmsTemplatePayload.KIND, "smsTemplateCreate", idempotencyKey,
                Call.<Long, SmsTemplatePayload>of(List.of(input.name, input.signature, input.body),
                        () -> sending.createTemplate(input.name, input.signature, input.body, actor()),
                        id -> Call.Audit.of(null, Map.of("name", input.name, "body", input.body)))));
    }

    @Mutation("smsSend")
    @RolesAllowed("${newretail.rules.smsSend}")
    @Description("Queues a template to listed members or to a segment snapshot's: one text per member with SMS consent (the others are "
            + "counted as skipped), in the outbox in this transaction, spread at `ratePerMinute`; the dispatcher sends them outside quiet "
            + "hours. NO_CONSENT when nobody could be texted.")
    public Uni<@NonNull SmsBatchPayload> smsSend(
            @Name("input") @NonNull @Description("Template, recipients and rate.") SmsInputs.SendInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(SmsBatchPayload.KIND, () -> {
            long template = GlobalId.decodeAt(input.templateId, SmsTemplate.TYPE, "input", "templateId");
            if ((input.customerIds == null) == (input.snapshotId == null)) {
                return SmsBatchPayload.KIND.refusedNow(Refusal.of(SmsErrorCode.INVALID_VALUE, "Give either customerIds or snapshotId", "input"));
            }
            List<Long> members = InputIds.decode(input.customerIds, Customer.TYPE, "customerIds");
            Long snapshot = GlobalId.decodeOptionalAt(input.snapshotId, SegmentSnapshot.TYPE, "input", "snapshotId");
            Long survey = GlobalId.decodeOptionalAt(input.surveyId, Survey.TYPE, "input", "surveyId");
            return callerScope.current().chain(scope -> frame.once(SmsBatchPayload.KIND, "smsSend", idempotencyKey,
                    Call.<Long, SmsBatchPayload>of(java.util.Arrays.asList(template, members, snapshot, input.ratePerMinute, survey),
                            () -> snapshot != null ? sending.toSnapshot(template, snapshot, input.ratePerMinute, survey, actor())
                                    : sending.toMembers(template, members, input.ratePerMinute, survey, scope, actor()),
                            id -> Call.Audit.of(null, Map.of("templateId", input.templateId, "to", snapshot != null ? input.snapshotId
                                    : members.size() + " member(s)")))));
        });
    }

    private Uni<SmsTemplate> templateById(long id) {
        return reader.templatesByIds(List.of(id)).map(rows -> rows.isEmpty() ? null : new SmsTemplate(rows.get(0)));
    }

    private Uni<SmsBatch> batchById(long id) {
        return reader.batchesByIds(List.of(id)).map(rows -> rows.isEmpty() ? null : new SmsBatch(rows.get(0)));
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
