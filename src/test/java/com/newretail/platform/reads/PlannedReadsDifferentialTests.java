package com.newretail.platform.reads;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.InventoryCalls.ok;
import static com.newretail.support.InventoryCalls.sku;
import static com.newretail.support.OrgFixtures.gid;
import static com.newretail.support.RetailCalls.fields;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.newretail.platform.graphql.GlobalId;
import com.newretail.support.GraphQLClient;
import com.newretail.support.OrgFixtures;
import com.newretail.support.RetailFixtures;

import graphql.schema.GraphQLSchema;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Proof that the planner answers as SmallRye does (ADR 0012): every query document under
 * {@code src/test/resources/graphql} and generated documents over the read models, sent through both
 * paths (the header {@code X-NewRetail-Path: smallrye} forces SmallRye) for callers of every kind of
 * role and scope, must give the same status, content type and bytes — denials and scope included.
 * A generated document whose every field is declared must actually be planned for a caller whose
 * roles allow all of it, so the comparison can never pass by falling back.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlannedReadsDifferentialTests {

    /** Documents generated per caller, and the generator's seed: {@code -Dnewretail.differential.count/seed} explore further. */
    private static final int GENERATED = Integer.getInteger("newretail.differential.count", 120);
    private static final long SEED = Long.getLong("newretail.differential.seed", 20261201L);
    private static QueryGenerator.Seeds seeds;
    /** Returns of the seeded orders: one refunded (two tenders' worth of fields), one only requested, per company. */
    private static final List<String> returns = new ArrayList<>();

    @Inject
    RetailFixtures retail;

    @Inject
    OrgFixtures orgs;

    @Inject
    Pool pool;

    @Inject
    GraphQLSchema schema;

    @Inject
    ReadModels models;

    /** Two companies' stores with sales (member, discounts, odd product names), and the callers bound to them. */
    @Test
    @Order(0)
    @TestSecurity(user = "diff-seller", roles = "sales-clerk")
    void seed() {
        List<String> orders = new ArrayList<>();
        List<String> products = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        List<String> barcodes = new ArrayList<>();
        List<String> customers = new ArrayList<>();
        List<String> units = new ArrayList<>();
        List<String> staff = new ArrayList<>();
        List<String> warehouses = new ArrayList<>();
        List<String> skus = new ArrayList<>();
        List<String> mobiles = new ArrayList<>();
        List<String> companies = new ArrayList<>();
        String[] names = { "Tea \"Oolong\" \\ 100g", "Cup\u0001\u001f\ttab\nline", "绿茶 🍵 über", "Plain" };
        for (int company = 0; company < 2; company++) {
            RetailFixtures.Basket basket = retail.memberBasket("Diff Co " + company, "diff-seller", "Member " + company);
            customers.add(basket.member());
            mobiles.add(pool.preparedQuery("SELECT mobile FROM customer WHERE id = $1").execute(Tuple.of(GlobalId.decode(basket.member(), "Customer")))
                    .await().indefinitely().iterator().next().getString(0));
            companies.add(gid(basket.shop().company()));
            units.add(gid(basket.shop().store()));
            staff.add(GlobalId.encode("Staff", basket.salesperson()));
            warehouses.add(GlobalId.encode("Warehouse", basket.shop().warehouse()));
            skus.add(sku(basket.tea()));
            skus.add(sku(basket.cup()));
            for (long skuId : new long[] { basket.tea(), basket.cup() }) {
                long product = pool.preparedQuery("UPDATE product SET name = $2, description = $3 FROM sku WHERE sku.id = $1 "
                        + "AND product.id = sku.product_id RETURNING product.id")
                        .execute(Tuple.of(skuId, names[(int) (skuId % names.length)], skuId % 2 == 0 ? null : "Described"))
                        .await().indefinitely().iterator().next().getLong(0);
                pool.preparedQuery("UPDATE sku SET attributes = $2 WHERE id = $1")
                        .execute(Tuple.of(skuId, skuId % 2 == 0 ? new String[] { "colour=red", "size=\"M\"" } : new String[0]))
                        .await().indefinitely();
                products.add(GlobalId.encode("Product", product));
                codes.add(pool.preparedQuery("SELECT code FROM sku WHERE id = $1").execute(Tuple.of(skuId)).await().indefinitely()
                        .iterator().next().getString(0));
                barcodes.add(retail.barcodeOf(skuId));
            }
            // The member's favourite categories: the first company's tea is in a category.
            long category = pool.preparedQuery("INSERT INTO category (code, name) VALUES ($1, $2) RETURNING id")
                    .execute(Tuple.of(com.newretail.support.OrgFixtures.uniqueCode("DCAT"), "Diff \"Tea\" " + company)).await().indefinitely()
                    .iterator().next().getLong(0);
            pool.preparedQuery("UPDATE product SET category_id = $1 FROM sku WHERE sku.id = ANY($2) AND product.id = sku.product_id")
                    .execute(Tuple.of(category, company == 0 ? new Long[] { basket.tea(), basket.cup() } : new Long[] { basket.tea() }))
                    .await().indefinitely();
            for (int sale = 0; sale < 3; sale++) {
                Map<String, Object> input = fields("storeId", gid(basket.shop().store()), "lines", List.of(
                        fields("skuId", sku(basket.tea()), "quantity", 1, "lineDiscount", sale == 1 ? "0.50" : "0", "discountReason",
                                sale == 1 ? "Dented \"tin\"" : null),
                        fields("skuId", sku(basket.cup()), "quantity", 1)), "tenders", List.of(fields("tender", "CASH", "amount", "100.00")));
                if (sale >= 1) {
                    input.put("customerId", basket.member());
                    input.put("salespersonId", GlobalId.encode("Staff", basket.salesperson()));
                }
                orders.add(ok(GraphQLClient.anonymous().run("retail/salePost", vars("input", input, "key", null)), "salePost").getString("data.salePost.order.id"));
            }
            // The second sale comes back refunded, the third has a return still open.
            for (int sale = 1; sale <= 2; sale++) {
                String order = orders.get(orders.size() - 3 + sale);
                JsonPath requested = ok(GraphQLClient.anonymous().run("retail/returnRequest", vars("orderId", order, "input", fields("reason",
                        sale == 1 ? "DEFECTIVE" : "CHANGED_MIND", "note", sale == 1 ? "Lid \"cracked\" 🍵" : null, "lines",
                        List.of(fields("lineNo", 1, "quantity", 1, "condition", sale == 1 ? "SELLABLE" : "DAMAGED"))))), "orderReturnRequest");
                String returned = requested.getString("data.orderReturnRequest.orderReturn.id");
                returns.add(returned);
                if (sale == 1) {
                    // Above the approval threshold a store manager approves; the seller cannot, so the data says they did.
                    int version = pool.preparedQuery("UPDATE order_return SET status = 'APPROVED', decided_by = 'diff-manager', decided_at = now(), "
                            + "version = version + 1 WHERE id = $1 AND status IN ('REQUESTED', 'APPROVED') RETURNING version")
                            .execute(Tuple.of(GlobalId.decode(returned, "OrderReturn"))).await().indefinitely().iterator().next().getInteger(0);
                    ok(GraphQLClient.anonymous().run("retail/returnRefund", vars("id", returned, "version", version)), "orderReturnRefund");
                }
            }
            if (company == 0) {
                // A full profile: guide, consent, tags (one set by a rule) and a note, through the mutations.
                GraphQLClient client = GraphQLClient.anonymous();
                ok(client.run("customer/customerUpdate", vars("id", basket.member(), "version", 1, "input", fields("gender", "FEMALE",
                        "birthday", "1990-02-03", "level", "GOLD", "guideId", GlobalId.encode("Staff", basket.salesperson()), "smsConsent", true))),
                        "customerUpdate");
                ok(client.run("customer/customerTag", vars("id", basket.member(), "tags", List.of("VIP", "tea lover"))), "customerTag");
                ok(client.run("customer/customerNoteAdd", vars("id", basket.member(), "input", fields("body", "Likes \"green\" tea\n🍵",
                        "followUpOn", java.time.LocalDate.now().plusDays(3).toString()))), "customerNoteAdd");
                pool.preparedQuery("INSERT INTO customer_tag (customer_id, name, kind, created_by) VALUES ($1, 'Frequent', 'SYSTEM', 'rules')")
                        .execute(Tuple.of(GlobalId.decode(basket.member(), "Customer"))).await().indefinitely();
            }
            if (company == 0) {
                orgs.bind("diff-clerk", basket.shop().store(), "SHOPPING_GUIDE");
                long dealer = pool.preparedQuery("SELECT parent_id FROM org_unit WHERE id = $1")
                        .execute(Tuple.of(basket.shop().store())).await().indefinitely().iterator().next().getLong(0);
                orgs.bind("diff-owner", dealer, "DEALER_OWNER");
                units.add(gid(dealer));
            } else {
                orgs.bind("diff-keeper", basket.shop().store(), "WAREHOUSE_KEEPER");
            }
        }
        pool.preparedQuery("UPDATE retail_order SET pickup_by = created_at + interval '2 days' WHERE id = $1")
                .execute(Tuple.of(GlobalId.decode(orders.get(1), "Order"))).await().indefinitely();
        orders.add(GlobalId.encode("Order", 999_999_999L));
        units.add(GlobalId.encode("OrgUnit", 999_999_999L));
        staff.add(GlobalId.encode("Staff", 999_999_999L));
        warehouses.add(GlobalId.encode("Warehouse", 999_999_999L));
        List<String> positions = new ArrayList<>();
        pool.query("SELECT id FROM position ORDER BY id LIMIT 3").execute().await().indefinitely()
                .forEach(row -> positions.add(GlobalId.encode("Position", row.getLong(0))));
        positions.add(GlobalId.encode("Position", 999_999_999L));
        // Receipts in both companies' stores (one a draft), written directly: the seller may not post them.
        List<String> documents = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            long document = pool.preparedQuery("INSERT INTO stock_document (type, reason, warehouse_id, reference, status, actor, posted_at) "
                    + "VALUES ('RECEIPT', 'RECEIPT', $1, $2, $3, 'diff-keeper', CASE WHEN $3 = 'POSTED' THEN now() END) RETURNING id")
                    .execute(Tuple.of(GlobalId.decode(warehouses.get(i), "Warehouse"), i == 0 ? "PO \"7\"" : null, i == 0 ? "POSTED" : "DRAFT"))
                    .await().indefinitely().iterator().next().getLong(0);
            for (String skuId : List.of(skus.get(2 * i), skus.get(2 * i + 1))) {
                pool.preparedQuery("INSERT INTO stock_document_line (document_id, sku_id, quantity) VALUES ($1, $2, 3)")
                        .execute(Tuple.of(document, GlobalId.decode(skuId, "Sku"))).await().indefinitely();
            }
            documents.add(GlobalId.encode("StockDocument", document));
        }
        documents.add(GlobalId.encode("StockDocument", 999_999_999L));
        // Transfers between the two companies' stores (each end sees it), one a draft, one shipped with a shortfall.
        List<String> transfers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            long transfer = pool.preparedQuery("INSERT INTO stock_transfer (source_warehouse_id, target_warehouse_id, status, reference, "
                    + "created_by, shipped_at) VALUES ($1, $2, $3, $4, 'diff-keeper', CASE WHEN $3 = 'DRAFT' THEN NULL ELSE now() END) RETURNING id")
                    .execute(Tuple.of(GlobalId.decode(warehouses.get(i), "Warehouse"), GlobalId.decode(warehouses.get(1 - i), "Warehouse"),
                            i == 0 ? "PARTIALLY_RECEIVED" : "DRAFT", i == 0 ? "TR \"9\"" : null))
                    .await().indefinitely().iterator().next().getLong(0);
            for (String skuId : List.of(skus.get(2 * i), skus.get(2 * i + 1))) {
                pool.preparedQuery("INSERT INTO stock_transfer_line (transfer_id, sku_id, quantity, received, written_off) VALUES ($1, $2, 5, $3, $4)")
                        .execute(Tuple.of(transfer, GlobalId.decode(skuId, "Sku"), i == 0 ? 2 : 0, i == 0 ? 1 : 0)).await().indefinitely();
            }
            if (i == 0) {
                pool.preparedQuery("INSERT INTO stock_transfer_discrepancy (transfer_id, sku_id, quantity, reason, note, recorded_by) "
                        + "VALUES ($1, $2, 1, 'DAMAGED', 'Crushed \"box\"', 'diff-keeper')")
                        .execute(Tuple.of(transfer, GlobalId.decode(skus.get(0), "Sku"))).await().indefinitely();
            }
            transfers.add(GlobalId.encode("StockTransfer", transfer));
        }
        transfers.add(GlobalId.encode("StockTransfer", 999_999_999L));
        // A blind count of one category still counting, and a posted count of a whole warehouse.
        List<String> stocktakes = new ArrayList<>();
        List<String> reservations = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            long stocktake = pool.preparedQuery("INSERT INTO stocktake (warehouse_id, category_id, blind, status, started_by, submitted_by, "
                    + "approved_by, posted_at) VALUES ($1, (SELECT p.category_id FROM sku s JOIN product p ON p.id = s.product_id WHERE s.id = $2), "
                    + "$3, $4, 'diff-keeper', $5, $5, CASE WHEN $4 = 'POSTED' THEN now() END) RETURNING id")
                    .execute(Tuple.from(java.util.Arrays.asList(GlobalId.decode(warehouses.get(i), "Warehouse"),
                            i == 0 ? GlobalId.decode(skus.get(0), "Sku") : -1L, i == 0, i == 0 ? "COUNTING" : "POSTED", i == 0 ? null : "diff-owner")))
                    .await().indefinitely().iterator().next().getLong(0);
            stocktakes.add(GlobalId.encode("Stocktake", stocktake));
        }
        stocktakes.add(GlobalId.encode("Stocktake", 999_999_999L));
        // A reservation still held (a reference with quotes, two lines) and one picked up, one per store's warehouse.
        for (int i = 0; i < 2; i++) {
            long reservation = pool.preparedQuery("INSERT INTO stock_reservation (warehouse_id, reference, status, expires_at, created_by, closed_at) "
                    + "VALUES ($1, $2, $3, now() + interval '1 day', 'diff-clerk', CASE WHEN $3 = 'COMMITTED' THEN now() END) RETURNING id")
                    .execute(Tuple.of(GlobalId.decode(warehouses.get(i), "Warehouse"), i == 0 ? "Pickup \"7\"" : null, i == 0 ? "ACTIVE" : "COMMITTED"))
                    .await().indefinitely().iterator().next().getLong(0);
            for (String skuId : i == 0 ? List.of(skus.get(1), skus.get(0)) : List.of(skus.get(2))) {
                pool.preparedQuery("INSERT INTO stock_reservation_line (reservation_id, sku_id, quantity) VALUES ($1, $2, 2)")
                        .execute(Tuple.of(reservation, GlobalId.decode(skuId, "Sku"))).await().indefinitely();
            }
            reservations.add(GlobalId.encode("StockReservation", reservation));
        }
        reservations.add(GlobalId.encode("StockReservation", 999_999_999L));
        // Targets of this month for the stores and the dealer (one with units), a clerk's target, a proposal, and last year's sales.
        List<String> targets = new ArrayList<>();
        java.time.LocalDate month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).atDay(1);
        for (int i = 0; i < 3; i++) {
            long unit = GlobalId.decode(units.get(i), "OrgUnit");
            targets.add(GlobalId.encode("SalesTarget", pool.preparedQuery("INSERT INTO sales_target (org_unit_id, month, amount, quantity, currency, "
                    + "origin, updated_by) VALUES ($1, $2, $3, $4, 'CNY', 'SET', 'diff-hq') RETURNING id")
                    .execute(Tuple.of(unit, month, new java.math.BigDecimal(i == 1 ? "0.00" : "150.5" + i), i == 0 ? 12 : null)).await().indefinitely()
                    .iterator().next().getLong(0)));
            pool.preparedQuery("INSERT INTO sales_credit_daily (business_date, store_id, staff_id, currency, amount, quantity, orders) "
                    + "VALUES ($1, $2, NULL, 'CNY', 77.70, 3, 1) ON CONFLICT DO NOTHING")
                    .execute(Tuple.of(month.minusYears(1).plusDays(i), GlobalId.decode(units.get(i % 2), "OrgUnit"))).await().indefinitely();
        }
        targets.add(GlobalId.encode("SalesTarget", pool.preparedQuery("INSERT INTO sales_target (org_unit_id, staff_id, month, amount, currency, "
                + "origin, updated_by) VALUES ($1, $2, $3, 80.00, 'CNY', 'MANUAL', 'diff-owner') RETURNING id")
                .execute(Tuple.of(GlobalId.decode(units.get(0), "OrgUnit"), GlobalId.decode(staff.get(0), "Staff"), month)).await().indefinitely()
                .iterator().next().getLong(0)));
        List<String> adjustments = new ArrayList<>();
        adjustments.add(GlobalId.encode("TargetAdjustment", pool.preparedQuery("INSERT INTO target_adjustment (target_id, status, amount, "
                + "previous_amount, currency, reason, proposed_by) VALUES ($1, 'PROPOSED', 99.00, 80.00, 'CNY', 'Leave \"week\"', 'diff-clerk') "
                + "RETURNING id").execute(Tuple.of(GlobalId.decode(targets.get(3), "SalesTarget"))).await().indefinitely().iterator().next().getLong(0)));
        // Two segments (one archived, its description with quotes) and a snapshot of the first.
        List<String> segments = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            segments.add(GlobalId.encode("Segment", pool.preparedQuery("INSERT INTO segment (name, description, rule, rule_text, created_by, "
                    + "archived_at) VALUES ($1, $2, '{\"tag\":\"VIP\"}', 'tag \"VIP\"', 'diff-hq', $3) RETURNING id")
                    .execute(Tuple.of(com.newretail.support.OrgFixtures.uniqueCode("Diff segment "), i == 0 ? null : "Old \"VIPs\"\n",
                            i == 0 ? null : java.time.OffsetDateTime.now())).await().indefinitely().iterator().next().getLong(0)));
        }
        List<String> snapshots = new ArrayList<>();
        snapshots.add(GlobalId.encode("SegmentSnapshot", pool.preparedQuery("INSERT INTO segment_snapshot (segment_id, rule_text, member_count, "
                + "taken_by) VALUES ($1, 'tag \"VIP\"', 1, 'diff-hq') RETURNING id").execute(Tuple.of(GlobalId.decode(segments.get(0), "Segment")))
                .await().indefinitely().iterator().next().getLong(0)));
        // Each basket's member holds a coupon of their company's template; the first one was used on an order (a red packet, half restored).
        List<String> couponTemplates = new ArrayList<>();
        List<String> coupons = new ArrayList<>();
        pool.preparedQuery("SELECT id FROM coupon_template WHERE owner_unit_id = ANY($1) ORDER BY id")
                .execute(Tuple.of(companies.stream().map(c -> GlobalId.decode(c, "OrgUnit")).toArray(Long[]::new))).await().indefinitely()
                .forEach(row -> couponTemplates.add(GlobalId.encode("CouponTemplate", row.getLong(0))));
        pool.preparedQuery("SELECT id FROM member_coupon WHERE customer_id = ANY($1) ORDER BY id")
                .execute(Tuple.of(customers.stream().filter(c -> GlobalId.decode(c, "Customer") < 999_999_999L)
                        .map(c -> GlobalId.decode(c, "Customer")).toArray(Long[]::new))).await().indefinitely()
                .forEach(row -> coupons.add(GlobalId.encode("Coupon", row.getLong(0))));
        pool.preparedQuery("UPDATE coupon_template SET kind = 'RED_PACKET', max_discount = NULL, value = 20, claim_code = $2, budget = 500, "
                + "quantity_cap = 50, valid_days = 30 WHERE id = $1").execute(Tuple.of(GlobalId.decode(couponTemplates.get(0), "CouponTemplate"),
                        com.newretail.support.OrgFixtures.uniqueCode("Diff \"claim\""))).await().indefinitely();
        pool.preparedQuery("UPDATE member_coupon SET face_value = 20, balance = 12.50, used_at = now() WHERE id = $1")
                .execute(Tuple.of(GlobalId.decode(coupons.get(0), "Coupon"))).await().indefinitely();
        pool.preparedQuery("INSERT INTO coupon_use (coupon_id, order_id, store_id, discount, restored) SELECT $1, o.id, o.store_id, 15.00, 7.50 "
                + "FROM retail_order o WHERE o.id = $2").execute(Tuple.of(GlobalId.decode(coupons.get(0), "Coupon"),
                        GlobalId.decode(orders.get(0), "Order"))).await().indefinitely();
        // An SMS template and a batch of it to the first segment's snapshot: one text delivered, one failed (its error with quotes).
        List<String> smsTemplates = new ArrayList<>();
        List<String> smsBatches = new ArrayList<>();
        long smsTemplate = pool.preparedQuery("INSERT INTO sms_template (name, signature, body, created_by) VALUES ('Diff \"spring\"', 'New Retail', "
                + "'Hi {name}', 'diff-hq') RETURNING id").execute().await().indefinitely().iterator().next().getLong(0);
        smsTemplates.add(GlobalId.encode("SmsTemplate", smsTemplate));
        long smsBatch = pool.preparedQuery("INSERT INTO sms_batch (template_id, snapshot_id, rate_per_minute, recipients, skipped_no_consent, "
                + "created_by) VALUES ($1, $2, 60, 3, 1, 'diff-hq') RETURNING id").execute(Tuple.of(smsTemplate,
                        GlobalId.decode(snapshots.get(0), "SegmentSnapshot"))).await().indefinitely().iterator().next().getLong(0);
        smsBatches.add(GlobalId.encode("SmsBatch", smsBatch));
        for (int i = 0; i < 2; i++) {
            pool.preparedQuery("INSERT INTO sms_message (batch_id, customer_id, mobile, body, status, attempts, next_attempt_at, provider_message_id, "
                    + "last_error, sent_at, delivered_at) VALUES ($1, $2, '13800000000', $3, $4, 1, now(), $5, $6, now(), $7)")
                    .execute(Tuple.from(java.util.Arrays.asList(smsBatch, GlobalId.decode(customers.get(i), "Customer"), "【New Retail】Hi \"you\"",
                            i == 0 ? "DELIVERED" : "FAILED", "diff-prov-" + smsBatch + "-" + i, i == 0 ? null : "Refused: \"blocked\"",
                            i == 0 ? java.time.OffsetDateTime.now() : null))).await().indefinitely();
        }
        smsTemplates.add(GlobalId.encode("SmsTemplate", 999_999_999L));
        smsBatches.add(GlobalId.encode("SmsBatch", 999_999_999L));
        // A published survey (a quote in its intro) with every kind of question and a tag rule, and a draft without an intro.
        List<String> surveys = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            long survey = pool.preparedQuery("INSERT INTO survey (title, intro, status, one_per_customer, created_by, published_at) VALUES ($1, $2, $3, "
                    + "$4, 'diff-hq', CASE WHEN $3 = 'PUBLISHED' THEN now() END) RETURNING id").execute(Tuple.of("Diff survey " + i,
                            i == 0 ? "Say \"hi\"" : null, i == 0 ? "PUBLISHED" : "DRAFT", i == 0)).await().indefinitely().iterator().next().getLong(0);
            pool.preparedQuery("INSERT INTO survey_question (survey_id, position, kind, prompt, options, required, rating_max) VALUES "
                    + "($1, 1, 'SINGLE_CHOICE', 'Tea?', '{Green,\"Black \\\"strong\\\"\"}', true, NULL), ($1, 2, 'RATING', 'Store?', '{}', false, 5), "
                    + "($1, 3, 'TEXT', 'More?', '{}', false, NULL)").execute(Tuple.of(survey)).await().indefinitely();
            if (i == 0) {
                pool.preparedQuery("INSERT INTO survey_tag_rule (survey_id, position, option, tag) VALUES ($1, 1, 'Green', 'Green fan')")
                        .execute(Tuple.of(survey)).await().indefinitely();
            }
            surveys.add(GlobalId.encode("Survey", survey));
        }
        surveys.add(GlobalId.encode("Survey", 999_999_999L));
        // Market prices: our SKU at the first store, a competitor's product (a note with quotes) at the second.
        for (int i = 0; i < 2; i++) {
            pool.preparedQuery("INSERT INTO market_price (sku_id, product_name, org_unit_id, channel, price, observed_on, source, note, observed_by) "
                    + "VALUES ($1, $2, $3, $4, $5, current_date - $6, 'Rival', $7, 'diff-clerk')").execute(Tuple.from(java.util.Arrays.asList(
                            i == 0 ? GlobalId.decode(skus.get(0), "Sku") : null, i == 0 ? null : "Rival \"tea\"", GlobalId.decode(units.get(i), "OrgUnit"),
                            i == 0 ? "STORE" : "ONLINE", new java.math.BigDecimal(i == 0 ? "9.50" : "12.00"), i, i == 0 ? null : "Promo \"618\"")))
                    .await().indefinitely();
        }
        // A running task on the first segment with the first coupon template and the SMS template, and a draft with a budget (quotes in its goal).
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            tasks.add(GlobalId.encode("OperationTask", pool.preparedQuery("INSERT INTO operation_task (name, goal, segment_id, snapshot_id, "
                    + "coupon_template_id, sms_template_id, budget, control_percent, start_at, attribution_days, status, owner, started_at) "
                    + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now(), 7, $9, 'diff-hq', $10) RETURNING id").execute(Tuple.from(java.util.Arrays.asList(
                            "Diff task " + i, i == 0 ? "Win back" : "Say \"hello\"", GlobalId.decode(segments.get(0), "Segment"),
                            i == 0 ? GlobalId.decode(snapshots.get(0), "SegmentSnapshot") : null, GlobalId.decode(couponTemplates.get(0), "CouponTemplate"),
                            i == 0 ? smsTemplate : null, i == 0 ? null : new java.math.BigDecimal("500.00"), i * 20, i == 0 ? "RUNNING" : "DRAFT",
                            i == 0 ? java.time.OffsetDateTime.now() : null))).await().indefinitely().iterator().next().getLong(0)));
        }
        tasks.add(GlobalId.encode("OperationTask", 999_999_999L));
        // Replenishment requests between the two stores' warehouses: one waiting (a note with quotes), one approved into the first transfer.
        List<String> replenishments = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            long request = pool.preparedQuery("INSERT INTO replenishment_request (warehouse_id, source_warehouse_id, status, origin, note, transfer_id, "
                    + "requested_by, decided_by, decided_at) VALUES ($1, $2, $3, $4, $5, $6, 'diff-keeper', cast($7 as varchar), CASE WHEN $7 IS NULL THEN NULL ELSE now() END) "
                    + "RETURNING id").execute(Tuple.from(java.util.Arrays.asList(GlobalId.decode(warehouses.get(i), "Warehouse"),
                            GlobalId.decode(warehouses.get(1 - i), "Warehouse"), i == 0 ? "REQUESTED" : "APPROVED", i == 0 ? "SUGGESTION" : "MANUAL",
                            i == 0 ? "Tea \"now\"" : null, i == 0 ? null : GlobalId.decode(transfers.get(0), "StockTransfer"), i == 0 ? null : "diff-owner")))
                    .await().indefinitely().iterator().next().getLong(0);
            pool.preparedQuery("INSERT INTO replenishment_request_line (request_id, line_no, sku_id, quantity, suggested_quantity, reason) "
                    + "VALUES ($1, 1, $2, 12, $3, $4)").execute(Tuple.from(java.util.Arrays.asList(request, GlobalId.decode(skus.get(i), "Sku"),
                            i == 0 ? 10 : null, i == 0 ? "Sells 1.00 a day" : null))).await().indefinitely();
            replenishments.add(GlobalId.encode("ReplenishmentRequest", request));
        }
        replenishments.add(GlobalId.encode("ReplenishmentRequest", 999_999_999L));
        // Policies of the first store's warehouse (a default supplied by the other store, an override of a SKU) and of the second (one override).
        for (int i = 0; i < 3; i++) {
            long warehouse = GlobalId.decode(warehouses.get(i == 2 ? 1 : 0), "Warehouse");
            assertEquals("STORE", pool.preparedQuery("SELECT type FROM warehouse WHERE id = $1").execute(Tuple.of(warehouse)).await().indefinitely()
                    .iterator().next().getString(0), "policies are a store warehouse's");
            pool.preparedQuery("INSERT INTO replenishment_policy (warehouse_id, sku_id, source_warehouse_id, lead_time_days, cover_days, min_quantity, "
                    + "max_quantity, pack_size, updated_by) VALUES ($1, $2, $3, $4, 14, $5, $6, $7, $8)").execute(Tuple.from(java.util.Arrays.asList(warehouse,
                            i == 0 ? null : GlobalId.decode(skus.get(i - 1), "Sku"), i == 0 ? GlobalId.decode(warehouses.get(1), "Warehouse") : null,
                            i + 1, i == 1 ? 3 : null, i == 1 ? 9 : null, i == 1 ? 6 : 1, i == 0 ? "diff \"owner\"" : "diff-keeper")))
                    .await().indefinitely();
        }
        // A webhook subscription (an http receiver that is never called here) with a delivered and a dead delivery of one event.
        long event = pool.query("INSERT INTO integration_event (type, source, subject, aggregate_key, data) VALUES ('retail.order.placed.v1', "
                + "'/new-retail/retail', 'T3JkZXI6MQ', 'Order:1', '{\"total\": \"9.90\", \"note\": \"a \\\"quote\\\"\"}') RETURNING id")
                .execute().await().indefinitely().iterator().next().getLong(0);
        long hook = pool.query("INSERT INTO webhook_subscription (url, event_types, secret, description, created_by) VALUES ('http://127.0.0.1:9/hook', "
                + "'{retail.order.placed.v1,retail.return.refunded.v1}', 'diff-secret-0123456789', 'Finance \"A\"', 'diff-hq') RETURNING id")
                .execute().await().indefinitely().iterator().next().getLong(0);
        pool.preparedQuery("INSERT INTO webhook_delivery (subscription_id, event_id, aggregate_key, status, attempts, last_status_code, last_error, "
                + "delivered_at) VALUES ($1, $2, 'Order:1', 'DEAD', 3, 500, 'answered 500', NULL)").execute(Tuple.of(hook, event)).await().indefinitely();
        List<String> webhooks = new ArrayList<>(List.of(GlobalId.encode("WebhookSubscription", hook), GlobalId.encode("WebhookSubscription", 999_999_999L)));
        couponTemplates.add(GlobalId.encode("CouponTemplate", 999_999_999L));
        coupons.add(GlobalId.encode("Coupon", 999_999_999L));
        segments.add(GlobalId.encode("Segment", 999_999_999L));
        snapshots.add(GlobalId.encode("SegmentSnapshot", 999_999_999L));
        targets.add(GlobalId.encode("SalesTarget", 999_999_999L));
        adjustments.add(GlobalId.encode("TargetAdjustment", 999_999_999L));
        seeds = new QueryGenerator.Seeds(orders, products, codes, barcodes, List.of("Tea", "绿茶", "nothing-matches", "%", codes.get(0)),
                customers, units, staff, warehouses, skus, mobiles, companies, positions, documents, transfers, stocktakes, targets, adjustments,
                segments, snapshots, couponTemplates, coupons, smsTemplates, smsBatches, surveys, tasks, replenishments, webhooks, reservations);
    }

    @Test
    @Order(2)
    @TestSecurity(user = "diff-hq", roles = "hq-admin")
    void headquartersAdmin() {
        differential(true, true, true, true, true);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "diff-clerk", roles = "sales-clerk")
    void storeClerk() {
        differential(true, false, false, false, false);
    }

    @Test
    @Order(4)
    @TestSecurity(user = "diff-owner", roles = { "org-admin", "store-manager" })
    void dealerOwner() {
        differential(true, true, false, false, true);
    }

    @Test
    @Order(5)
    @TestSecurity(user = "diff-analyst", roles = "analyst")
    void analystWithoutStaffRecord() {
        differential(true, true, true, false, false);
    }

    @Test
    @Order(6)
    @TestSecurity(user = "diff-keeper", roles = "warehouse-keeper")
    void warehouseKeeperWhomOrdersAreDenied() {
        differential(false, true, false, false, false);
    }

    private void differential(boolean mayReadOrders, boolean mayReadStock, boolean mayReadSegments, boolean mayReadWebhooks, boolean mayReadAudit) {
        QueryGenerator.Seeds data = seedAs();
        Map<String, Object> fixed = new HashMap<>();
        fixed.put("id", data.orderIds().get(0));
        fixed.put("first", 3);
        fixed.put("code", data.skuCodes().get(0));
        fixed.put("barcode", data.barcodes().get(0));
        fixed.put("search", "Tea");
        fixed.put("customerId", data.customerIds().get(0));
        int compared = 0;
        for (Path file : documents()) {
            String document = read(file);
            if (document.stripLeading().startsWith("query") || document.stripLeading().startsWith("{")) {
                same(file.toString(), document, fixed);
                compared++;
            }
        }
        for (String document : handWritten(data)) {
            String path = same(document, document, Map.of());
            if (mayReadOrders && (mayReadStock || !document.contains("stockLedger") && !document.contains("stockDocument")
                    && !document.contains("stockTransfer") && !document.contains("stocktake") && !document.contains("replenishment"))
                    && (mayReadAudit || !document.contains("auditEvents"))) {
                assertEquals(PlannedReadsRoute.PLANNED, path, "every field declared, so planned: " + document);
            }
        }
        int planned = 0;
        QueryGenerator generator = new QueryGenerator(schema, models, data, SEED);
        for (int i = 0; i < GENERATED; i++) {
            QueryGenerator.Generated generated = generator.next();
            String path = same(generated.document(), generated.document(), generated.variables());
            String lower = generated.document().toLowerCase(java.util.Locale.ROOT);
            // Sales targets and attainment are read by the roles that read orders.
            boolean allowed = (mayReadOrders || !lower.contains("order") && !lower.contains("customer") && !lower.contains("target")
                    && !lower.contains("attainment"))
                    && (mayReadStock || !lower.contains("stockledger") && !lower.contains("stockdocument") && !lower.contains("stocktransfer")
                            && !lower.contains("stocktake") && !lower.contains("replenishment"))
                    && (mayReadSegments || !lower.contains("segment") && !lower.contains("snapshot") && !lower.contains("sms")
                            && !lower.contains("operationtask"))
                    // Coupons are read by the roles that sell or run campaigns, as are orders here.
                    && (mayReadOrders || !lower.contains("coupon") && !lower.contains("survey") && !lower.contains("market"))
                    && (mayReadWebhooks || !lower.contains("webhook"))
                    && (mayReadAudit || !lower.contains("auditevents"));
            if (generated.declared() && allowed) {
                assertEquals(PlannedReadsRoute.PLANNED, path, "declared and allowed, so planned: " + generated.document());
            }
            if (PlannedReadsRoute.PLANNED.equals(path)) {
                planned++;
            }
        }
        assertTrue(compared > 20, "documents compared: " + compared);
        assertTrue(planned > GENERATED / 4, "generated documents planned: " + planned);
    }

    /** The seeded data: the role tests run after {@link #seed()} (ordered; run the class, not one method). */
    private static QueryGenerator.Seeds seedAs() {
        assertTrue(seeds != null, "seed() runs first: run the whole class");
        return seeds;
    }

    /** Shapes that once differed, and the benchmark's queries. */
    private static List<String> handWritten(QueryGenerator.Seeds data) {
        String barcode = data.barcodes().get(0);
        return List.of(
                // One SKU reached twice: its stock levels once each (a batch holding a key twice read it twice).
                "{ a: skuByBarcode(barcode: \"" + barcode + "\") { stockLevels { onHand warehouse { code } } } "
                        + "b: skuByBarcode(barcode: \"" + barcode + "\") { stockLevels { available } } }",
                // Orders sharing a customer: the customer's page once per customer, not once per order.
                "{ orders(first: 10) { edges { node { id customer { id orders(first: 1) { edges { cursor node { id } } "
                        + "pageInfo { hasNextPage endCursor } } } } } } }",
                "{ orders(first: 50) { edges { node { id receiptNo total { amount } lines { quantity lineTotal { amount } "
                        + "sku { product { name } } } } } } }",
                "{ skuByCode(code: \"" + data.skuCodes().get(0) + "\") { id code product { name } stockLevels { onHand available "
                        + "warehouse { code } } } }",
                "{ customer(id: \"" + data.customerIds().get(0) + "\") { orders(first: 10) { edges { node { id receiptNo "
                        + "total { amount } lines { quantity lineTotal { amount } sku { code } } } } } } }",
                // Org units and staff reached from orders and customers, joined into their statements or read alone.
                "{ orders(first: 5) { edges { node { store { id code name type depth } salesperson { name status orgUnit { name } } "
                        + "customer { homeStore { code } company { name createdAt } } } } } }",
                // node(id:) answered as its type's root: fragments on other types do not apply.
                "{ a: node(id: \"" + data.orderIds().get(0) + "\") { id __typename ... on Order { receiptNo total { amount } lines { quantity } } "
                        + "... on Product { name } } b: node(id: \"" + data.productIds().get(0) + "\") { ... on Product { name skus { code } } } "
                        + "c: node(id: \"" + data.orgUnitIds().get(0) + "\") { ... on OrgUnit { code } ... on Staff { name } } }",
                // Orders filtered by time and total (DateTime and Decimal arguments, as literals).
                "{ orders(first: 3, where: { from: \"2020-01-01T00:00:00Z\", to: \"2099-01-01T00:00:00+08:00\", minTotal: \"1\", "
                        + "maxTotal: \"1000.5\" }) { edges { node { receiptNo total { amount } } } } }",
                // One member reached twice: their favourite categories once each (SmallRye had read them twice).
                "{ a: customer(id: \"" + data.customerIds().get(0) + "\") { favouriteCategories { units category { name } } tags { name } } "
                        + "b: node(id: \"" + data.customerIds().get(0) + "\") { ... on Customer { favouriteCategories { spend { amount } } } } }",
                // The checkout lookup, and the customer list with their orders.
                "{ customerByMobile(mobile: \"" + data.mobiles().get(0) + "\") { id name mobile homeStore { code } } "
                        + "customers(first: 2) { edges { cursor node { id name orders(first: 1) { edges { node { receiptNo } } } } } "
                        + "pageInfo { hasNextPage endCursor } } }",
                // Receipts with their lines and warehouse, a page and one by id.
                "{ stockDocuments(first: 2) { edges { cursor node { id type reason status version reference createdBy postedAt "
                        + "warehouse { code } lines { quantity sku { code } } } } pageInfo { hasNextPage endCursor } } "
                        + "stockDocument(id: \"" + data.documentIds().get(0) + "\") { id lines { sku { id } quantity } } "
                        + "n: node(id: \"" + data.documentIds().get(1) + "\") { id ... on StockDocument { status postedAt } } }",
                // Transfers with both ends, their lines in transit and discrepancies; a page, one by id, and a node.
                "{ stockTransfers(first: 2) { edges { cursor node { id status version reference createdBy createdAt shippedAt closedAt "
                        + "inTransit sourceWarehouse { code } targetWarehouse { code } lines { quantity received writtenOff inTransit "
                        + "sku { code } } discrepancies { quantity reason note recordedBy sku { id } } } } pageInfo { hasNextPage endCursor } } "
                        + "stockTransfer(id: \"" + data.transferIds().get(0) + "\") { id inTransit lines { inTransit } } "
                        + "n: node(id: \"" + data.transferIds().get(1) + "\") { id ... on StockTransfer { status inTransit } } }",
                // Stocktakes with their warehouse and (when one) category; a page, one by id, and a node.
                "{ stocktakes(first: 3) { edges { cursor node { id status version blind startedBy startedAt submittedBy approvedBy postedAt "
                        + "warehouse { code } category { code name } } } pageInfo { hasNextPage endCursor } } "
                        + "stocktake(id: \"" + data.stocktakeIds().get(0) + "\") { id blind category { id } } "
                        + "n: node(id: \"" + data.stocktakeIds().get(1) + "\") { id ... on Stocktake { status category { id } } } }",
                // A store warehouse's policies (its default first, the supplier joined), another's, and one that is no warehouse.
                "{ a: replenishmentPolicies(warehouseId: \"" + data.warehouseIds().get(0) + "\") { leadTimeDays coverDays minQuantity maxQuantity "
                        + "packSize version updatedBy updatedAt sku { code } sourceWarehouse { code orgUnit { code } } } "
                        + "b: replenishmentPolicies(warehouseId: \"" + data.warehouseIds().get(1) + "\") { __typename packSize sku { id } } "
                        + "c: replenishmentPolicies(warehouseId: \"" + data.warehouseIds().get(2) + "\") { packSize } }",
                // The audit log: a page with its cursors, narrowed by actor and operation, and by time.
                "{ a: auditEvents(first: 2, where: { actor: \"diff-seller\", operation: \"orderReturnRequest\" }) { edges { cursor node { id "
                        + "occurredAt actor operation targetIds } } pageInfo { hasNextPage endCursor } } "
                        + "b: auditEvents(first: 1, where: { from: \"2020-01-01T00:00:00Z\", to: \"2099-01-01T00:00:00Z\" }) { edges { node { "
                        + "__typename operation } } } c: auditEvents(where: { actor: \"nobody\" }) { edges { node { id } } } }",
                // Reservations: one by id with its lines and warehouse, one as a node, one that does not exist.
                "{ stockReservation(id: \"" + data.reservationIds().get(0) + "\") { id status reference expiresAt createdBy createdAt closedAt "
                        + "lines { quantity sku { code product { name } } } warehouse { code orgUnit { code } } } "
                        + "n: node(id: \"" + data.reservationIds().get(1) + "\") { id ... on StockReservation { status closedAt lines { quantity } } } "
                        + "none: stockReservation(id: \"" + data.reservationIds().get(2) + "\") { id } }",
                // A warehouse's stock levels and the ledger of its sales, with their SKUs joined.
                "{ stockLevels(warehouseId: \"" + data.warehouseIds().get(0) + "\", first: 1) { edges { cursor node { onHand available "
                        + "belowSafetyStock sku { code product { name } } warehouse { code } } } pageInfo { hasNextPage endCursor } } "
                        + "stockLedger(first: 3, where: { warehouseId: \"" + data.warehouseIds().get(0) + "\" }) { edges { node { id reason "
                        + "documentType deltaOnHand onHandAfter createdAt sku { code } } } } }",
                // Warehouses by code, a page after a cursor, with their org units joined.
                "{ warehouses(first: 2) { edges { cursor node { id code type orgUnit { code depth } } } pageInfo { hasNextPage endCursor } } }",
                "{ orgUnit(id: \"" + data.orgUnitIds().get(0) + "\") { id name updatedAt } staffMember(id: \"" + data.staffIds().get(0)
                        + "\") { id employeeNumber hireDate accountStatus orgUnit { code } position { code realmRoles dataScope } } }",
                "{ priceLists(first: 3) { edges { cursor node { id code level currency validFrom validTo orgUnit { code } "
                        + "items(first: 2) { edges { cursor node { price { amount currency } sku { code } } } pageInfo { hasNextPage } } } } } }",
                "{ positions(first: 2) { edges { cursor node { id code name description realmRoles dataScope } } pageInfo { hasNextPage } } }",
                // Returns: one by id with its order, lines and refunds, one as a node, and the returns of orders.
                "{ a: orderReturn(id: \"" + returns.get(0) + "\") { id status version reason note refundTotal { amount currency } requestedBy "
                        + "requestedAt decidedBy refundedBy refundedAt order { receiptNo total { amount } } lines { lineNo quantity condition "
                        + "refundAmount { amount currency } sku { code } } refunds { tender amount { amount currency } reference } } }",
                "{ b: node(id: \"" + returns.get(1) + "\") { id ... on OrderReturn { status refundedAt lines { quantity } refunds { tender } } } }",
                "{ orders(first: 6) { edges { node { receiptNo returns { id status refundTotal { amount } lines { lineNo sku { id } } } } } } }");
    }

    /**
     * The body without the caller's bucket level, the one part that differs between two requests in a
     * row; the requested and actual costs stay and must be the same.
     */
    static String withoutBucketLevel(String body) {
        return body.replaceFirst("\"currentlyAvailable\":\\d+", "\"currentlyAvailable\":_");
    }

    /** Sends a document both ways; returns the path that served the default request. */
    private static String same(String what, String document, Map<String, Object> variables) {
        Response smallrye = post(document, variables, PlannedReadsRoute.SMALLRYE);
        Response either = post(document, variables, null);
        assertEquals(PlannedReadsRoute.SMALLRYE, smallrye.header(PlannedReadsRoute.PATH_HEADER), what);
        assertEquals(smallrye.statusCode(), either.statusCode(), what);
        assertEquals(smallrye.contentType(), either.contentType(), what);
        assertEquals(withoutBucketLevel(smallrye.asString()), withoutBucketLevel(either.asString()), what);
        return either.header(PlannedReadsRoute.PATH_HEADER);
    }

    private static Response post(String document, Map<String, Object> variables, String path) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        var request = given().contentType("application/json").body(body);
        if (path != null) {
            request = request.header(PlannedReadsRoute.PATH_HEADER, path);
        }
        return request.post("/graphql");
    }

    private static List<Path> documents() {
        try (Stream<Path> files = Files.walk(Path.of(PlannedReadsDifferentialTests.class.getResource("/graphql").toURI()))) {
            return files.filter(f -> f.toString().endsWith(".graphql")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
