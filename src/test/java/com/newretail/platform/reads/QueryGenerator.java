package com.newretail.platform.reads;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;

/**
 * Random read documents over the read models: random subsets of each type's declared fields (and now
 * and then one the models do not declare), nested to depth 3, with aliases, repeated fields, named and
 * inline fragments, {@code __typename} and {@code @include}/{@code @skip}; several roots at times.
 */
final class QueryGenerator {

    /** A document, its variables, and whether every field in it is declared (so the planner must take it). */
    record Generated(String document, Map<String, Object> variables, boolean declared) {
    }

    /** Values the roots' arguments take: seeded rows, so the answers are not empty. */
    record Seeds(List<String> orderIds, List<String> productIds, List<String> skuCodes, List<String> barcodes, List<String> searches,
            List<String> customerIds, List<String> orgUnitIds, List<String> staffIds, List<String> warehouseIds, List<String> skuIds,
            List<String> mobiles, List<String> companyIds, List<String> positionIds, List<String> documentIds,
            List<String> transferIds, List<String> stocktakeIds, List<String> targetIds, List<String> adjustmentIds,
            List<String> segmentIds, List<String> snapshotIds, List<String> couponTemplateIds, List<String> couponIds,
            List<String> smsTemplateIds, List<String> smsBatchIds, List<String> surveyIds, List<String> taskIds,
            List<String> replenishmentIds, List<String> webhookSubscriptionIds, List<String> reservationIds) {
    }

    private final GraphQLSchema schema;
    private final ReadModels models;
    private final Seeds seeds;
    private final Random random;

    private final Map<String, Object> variables = new LinkedHashMap<>();
    private final Map<String, String> variableTypes = new LinkedHashMap<>();
    private final List<String> fragments = new ArrayList<>();
    private boolean declared;
    private int names;

    QueryGenerator(GraphQLSchema schema, ReadModels models, Seeds seeds, long seed) {
        this.schema = schema;
        this.models = models;
        this.seeds = seeds;
        this.random = new Random(seed);
    }

    Generated next() {
        variables.clear();
        variableTypes.clear();
        fragments.clear();
        declared = true;
        names = 0;
        StringBuilder body = new StringBuilder();
        int roots = random.nextInt(5) == 0 ? 2 : 1;
        for (int i = 0; i < roots; i++) {
            body.append(root(roots > 1 || random.nextBoolean())).append(' ');
        }
        StringBuilder document = new StringBuilder("query Generated");
        if (!variableTypes.isEmpty()) {
            document.append('(');
            variableTypes.forEach((name, type) -> document.append('$').append(name).append(": ").append(type).append(' '));
            document.append(')');
        }
        document.append(" { ").append(body).append("}");
        fragments.forEach(f -> document.append(' ').append(f));
        return new Generated(document.toString(), new LinkedHashMap<>(variables), declared);
    }

    private String root(boolean aliased) {
        String alias = aliased ? "r" + (++names) + ": " : "";
        return switch (random.nextInt(36)) {
            case 35 -> alias + "auditEvents(first: " + (1 + random.nextInt(3)) + switch (random.nextInt(4)) {
                case 0 -> "";
                case 1 -> ", where: { actor: " + variable("String", pick(List.of("diff-seller", "nobody"))) + ", operation: "
                        + pick(List.of("\"orderReturnRequest\"", "\"orderReturnRefund\"")) + " }";
                case 2 -> ", where: { target: " + variable("ID", pick(seeds.orderIds())) + " }";
                default -> ", where: { from: " + variable("DateTime", pick(List.of("2020-01-01T00:00:00Z", "2099-01-01T08:00:00+08:00")))
                        + ", to: \"2099-01-01T00:00:00Z\" }";
            } + ") " + connection("AuditEvent");
            case 34 -> alias + "replenishmentPolicies(warehouseId: " + variable("ID!", pick(seeds.warehouseIds())) + ") " + object("ReplenishmentPolicy", 1);
            case 33 -> alias + "stockReservation(id: " + variable("ID!", pick(seeds.reservationIds())) + ") " + object("StockReservation", 1);
            case 32 -> switch (random.nextInt(3)) {
                case 0 -> alias + "webhookSubscription(id: " + variable("ID!", pick(seeds.webhookSubscriptionIds())) + ") " + object("WebhookSubscription", 1);
                case 1 -> alias + "webhookSubscriptions(first: " + (1 + random.nextInt(3)) + ") " + connection("WebhookSubscription");
                default -> alias + "webhookDeliveries(subscriptionId: " + variable("ID!", pick(seeds.webhookSubscriptionIds())) + ", first: "
                        + (1 + random.nextInt(3)) + (random.nextBoolean() ? ", status: DEAD" : "") + ") " + connection("WebhookDelivery");
            };
            case 31 -> random.nextBoolean()
                    ? alias + "replenishmentRequest(id: " + variable("ID!", pick(seeds.replenishmentIds())) + ") " + object("ReplenishmentRequest", 1)
                    : alias + "replenishmentRequests(first: " + (1 + random.nextInt(3))
                            + (random.nextBoolean() ? ", warehouseId: " + variable("ID", pick(seeds.warehouseIds())) : "")
                            + (random.nextBoolean() ? ", status: " + pick(List.of("REQUESTED", "APPROVED")) : "") + ") " + connection("ReplenishmentRequest");
            case 30 -> random.nextBoolean()
                    ? alias + "operationTask(id: " + variable("ID!", pick(seeds.taskIds())) + ") " + object("OperationTask", 1)
                    : alias + "operationTasks(first: " + (1 + random.nextInt(3)) + (random.nextBoolean() ? ", status: " + pick(List.of("RUNNING", "DRAFT"))
                            : "") + ") " + connection("OperationTask");
            case 29 -> alias + "marketPrices(first: " + (1 + random.nextInt(3))
                    + (random.nextBoolean() ? ", orgUnitId: " + variable("ID", pick(seeds.orgUnitIds())) : "")
                    + (random.nextBoolean() ? ", skuId: " + variable("ID", pick(seeds.skuIds())) : "") + ") " + connection("MarketPrice");
            case 28 -> random.nextBoolean()
                    ? alias + "survey(id: " + variable("ID!", pick(seeds.surveyIds())) + ") " + object("Survey", 1)
                    : alias + "surveys(first: " + (1 + random.nextInt(3)) + (random.nextBoolean() ? ", status: " + pick(List.of("PUBLISHED", "DRAFT"))
                            : "") + ") " + connection("Survey");
            case 27 -> switch (random.nextInt(5)) {
                case 0 -> alias + "smsTemplate(id: " + variable("ID!", pick(seeds.smsTemplateIds())) + ") " + object("SmsTemplate", 1);
                case 1 -> alias + "smsTemplates(first: " + (1 + random.nextInt(3)) + ") " + connection("SmsTemplate");
                case 2 -> alias + "smsBatch(id: " + variable("ID!", pick(seeds.smsBatchIds())) + ") " + object("SmsBatch", 1);
                case 3 -> alias + "smsBatches(first: " + (1 + random.nextInt(3)) + ") " + connection("SmsBatch");
                default -> alias + "smsMessages(batchId: " + variable("ID!", pick(seeds.smsBatchIds())) + ", first: " + (1 + random.nextInt(3))
                        + (random.nextBoolean() ? ", status: " + pick(List.of("DELIVERED", "FAILED", "QUEUED")) : "") + ") " + connection("SmsMessage");
            };
            case 26 -> switch (random.nextInt(4)) {
                case 0 -> alias + "couponTemplate(id: " + variable("ID!", pick(seeds.couponTemplateIds())) + ") " + object("CouponTemplate", 1);
                case 1 -> alias + "couponTemplates(first: " + (1 + random.nextInt(3)) + (random.nextBoolean() ? ", includeArchived: true" : "")
                        + (random.nextBoolean() ? ", search: " + variable("String", pick(List.of("Test", "%", "nothing"))) : "") + ") "
                        + connection("CouponTemplate");
                case 2 -> alias + "coupon(id: " + variable("ID!", pick(seeds.couponIds())) + ") " + object("Coupon", 1);
                default -> alias + "coupons(first: " + (1 + random.nextInt(3))
                        + (random.nextBoolean() ? ", customerId: " + variable("ID", pick(seeds.customerIds())) : "")
                        + (random.nextBoolean() ? ", templateId: " + variable("ID", pick(seeds.couponTemplateIds())) : "")
                        + (random.nextBoolean() ? ", status: " + pick(List.of("AVAILABLE", "USED", "EXPIRED")) : "") + ") " + connection("Coupon");
            };
            case 25 -> switch (random.nextInt(3)) {
                case 0 -> alias + "segment(id: " + variable("ID!", pick(seeds.segmentIds())) + ") " + object("Segment", 1);
                case 1 -> alias + "segmentSnapshot(id: " + variable("ID!", pick(seeds.snapshotIds())) + ") " + object("SegmentSnapshot", 1);
                default -> alias + "segments(first: " + (1 + random.nextInt(3)) + (random.nextBoolean() ? ", includeArchived: true" : "")
                        + (random.nextBoolean() ? ", search: " + variable("String", pick(List.of("Diff", "%", "nothing"))) : "") + ") "
                        + connection("Segment");
            };
            case 24 -> switch (random.nextInt(4)) {
                case 0 -> alias + "salesTarget(id: " + variable("ID!", pick(seeds.targetIds())) + ") " + object("SalesTarget", 1);
                case 1 -> alias + "salesTargets(orgUnitId: " + variable("ID!", pick(seeds.orgUnitIds())) + ", period: " + variable("String!", period())
                        + ", first: " + (1 + random.nextInt(3)) + ") " + connection("SalesTarget");
                case 2 -> alias + "targetAdjustment(id: " + variable("ID!", pick(seeds.adjustmentIds())) + ") " + object("TargetAdjustment", 1);
                default -> alias + "targetAdjustments(orgUnitId: " + variable("ID!", pick(seeds.orgUnitIds())) + (random.nextBoolean() ? ""
                        : ", status: " + pick(List.of("PROPOSED", "APPROVED"))) + ", first: " + (1 + random.nextInt(3)) + ") "
                        + connection("TargetAdjustment");
            };
            case 23 -> switch (random.nextInt(3)) {
                case 0 -> alias + "attainment(orgUnitId: " + variable("ID!", pick(seeds.orgUnitIds())) + (random.nextBoolean() ? ""
                        : ", staffId: " + variable("ID", pick(seeds.staffIds()))) + ", period: " + variable("String!", period()) + ") "
                        + object("Attainment", 1);
                case 1 -> alias + "unitAttainments(parentId: " + variable("ID!", pick(seeds.orgUnitIds())) + ", period: "
                        + variable("String!", period()) + ", first: " + (1 + random.nextInt(3)) + ") " + connection("Attainment");
                default -> alias + "staffAttainments(storeId: " + variable("ID!", pick(seeds.orgUnitIds())) + ", period: "
                        + variable("String!", period()) + ", first: " + (1 + random.nextInt(3)) + ") " + connection("Attainment");
            };
            case 22 -> random.nextBoolean() ? alias + "stocktake(id: " + variable("ID!", pick(seeds.stocktakeIds())) + ") " + object("Stocktake", 1)
                    : alias + "stocktakes(first: " + (1 + random.nextInt(3)) + switch (random.nextInt(4)) {
                        case 0 -> ", where: { warehouseId: " + variable("ID", pick(seeds.warehouseIds())) + " }";
                        case 1 -> ", where: { status: " + pick(List.of("COUNTING", "POSTED", "CANCELLED")) + " }";
                        case 2 -> ", status: " + variable("String", pick(List.of("COUNTING", "POSTED")));
                        default -> "";
                    } + ") " + connection("Stocktake");
            case 21 -> random.nextBoolean() ? alias + "stockTransfer(id: " + variable("ID!", pick(seeds.transferIds())) + ") " + object("StockTransfer", 1)
                    : alias + "stockTransfers(first: " + (1 + random.nextInt(3)) + switch (random.nextInt(4)) {
                        case 0 -> ", where: { warehouseId: " + variable("ID", pick(seeds.warehouseIds())) + " }";
                        case 1 -> ", where: { status: " + pick(List.of("DRAFT", "PARTIALLY_RECEIVED", "CLOSED")) + " }";
                        case 2 -> ", warehouseId: " + variable("ID", pick(seeds.warehouseIds())) + ", status: "
                                + variable("String", pick(List.of("DRAFT", "SHIPPED")));
                        default -> "";
                    } + ") " + connection("StockTransfer");
            case 20 -> random.nextBoolean() ? alias + "stockDocument(id: " + variable("ID!", pick(seeds.documentIds())) + ") " + object("StockDocument", 1)
                    : alias + "stockDocuments(first: " + (1 + random.nextInt(3)) + switch (random.nextInt(4)) {
                        case 0 -> ", where: { warehouseId: " + variable("ID", pick(seeds.warehouseIds())) + " }";
                        case 1 -> ", where: { status: POSTED }";
                        case 2 -> ", status: " + variable("String", pick(List.of("DRAFT", "POSTED")));
                        default -> "";
                    } + ") " + connection("StockDocument");
            case 19 -> alias + "priceLists(first: " + (1 + random.nextInt(3)) + ") " + connection("PriceList");
            case 18 -> random.nextBoolean() ? alias + "position(id: " + variable("ID!", pick(seeds.positionIds())) + ") " + object("Position", 1)
                    : alias + "positions(first: " + (1 + random.nextInt(4)) + ") " + connection("Position");
            case 17 -> alias + "customers(first: " + (1 + random.nextInt(4)) + switch (random.nextInt(9)) {
                        case 7 -> ", where: { rfmMonetaryMin: " + variable("Int", 1 + random.nextInt(5)) + (random.nextBoolean() ? ""
                                : ", rfmRecencyMin: 2, rfmFrequencyMin: " + (1 + random.nextInt(5))) + " }";
                        case 0 -> ", where: { homeStoreId: " + variable("ID", pick(seeds.orgUnitIds())) + " }";
                        case 1 -> ", where: { search: " + variable("String", pick(List.of("Member", "1", "%", " nothing "))) + " }";
                        case 2 -> ", where: { search: " + variable("String", pick(seeds.mobiles()).substring(0, 5)) + ", homeStoreId: "
                                + variable("ID", pick(seeds.orgUnitIds())) + " }";
                        case 3 -> ", where: { tag: " + variable("String", pick(List.of("VIP", "tea lover", "none"))) + ", smsConsent: "
                                + variable("Boolean", random.nextBoolean()) + " }";
                        case 4 -> ", where: { spendMin: " + variable("Decimal", pick(List.of("0", "10.5", "1000"))) + ", level: "
                                + pick(List.of("GOLD", "REGULAR")) + ", lastPurchaseFrom: " + variable("DateTime", "2020-01-01T00:00:00Z") + " }";
                        case 5 -> ", sortBy: SPEND_DESC" + (random.nextBoolean() ? "" : ", after: " + variable("String",
                                com.newretail.platform.graphql.Cursor.encode(pick(List.of("0.00", "25.92", "100")), random.nextInt(Integer.MAX_VALUE))));
                        case 6 -> ", sortBy: NAME, where: { guideId: " + variable("ID", pick(seeds.staffIds())) + " }";
                        default -> "";
                    } + ") " + connection("Customer");
            case 16 -> alias + "customerByMobile(mobile: " + variable("String!", (random.nextBoolean() ? " " : "") + pick(seeds.mobiles()))
                    + (random.nextBoolean() ? ", companyId: " + variable("ID", pick(seeds.companyIds())) : "") + ") " + object("Customer", 1);
            case 15 -> alias + "stockLevels(warehouseId: " + variable("ID!", pick(seeds.warehouseIds())) + ", first: " + (1 + random.nextInt(3))
                    + switch (random.nextInt(3)) {
                        case 0 -> ", where: { skuIds: [" + variable("ID!", pick(seeds.skuIds())) + "] }";
                        case 1 -> ", skuIds: " + variable("[String!]", List.of(pick(seeds.skuIds()), pick(seeds.skuIds())));
                        default -> "";
                    } + ") " + connection("StockLevel");
            case 14 -> alias + "stockLedger(first: " + (1 + random.nextInt(4)) + switch (random.nextInt(5)) {
                        case 0 -> ", where: { warehouseId: " + variable("ID", pick(seeds.warehouseIds())) + " }";
                        case 1 -> ", where: { skuId: " + variable("ID", pick(seeds.skuIds())) + ", warehouseId: "
                                + variable("ID", pick(seeds.warehouseIds())) + " }";
                        case 2 -> ", where: { documentId: " + variable("ID", pick(seeds.orderIds())) + " }";
                        case 3 -> ", skuId: " + variable("ID", pick(seeds.skuIds()));
                        default -> "";
                    } + ") " + connection("LedgerEntry");
            case 13 -> random.nextBoolean() ? alias + "categories(first: " + (1 + random.nextInt(3)) + ") " + connection("Category")
                    : alias + "brands(first: " + (1 + random.nextInt(3)) + ") " + connection("Brand");
            case 12 -> alias + "staffMembers(first: " + (1 + random.nextInt(4)) + switch (random.nextInt(4)) {
                        case 0 -> ", where: { status: ACTIVE }";
                        case 1 -> ", where: { search: " + variable("String", pick(List.of("Diff", "a", "%", "nothing"))) + " }";
                        case 2 -> ", where: { orgUnitId: " + variable("ID", pick(seeds.orgUnitIds())) + ", includeDescendants: "
                                + random.nextBoolean() + " }";
                        default -> "";
                    } + ") " + connection("Staff");
            case 11 -> alias + "orgUnits(first: " + (1 + random.nextInt(5)) + (random.nextBoolean() ? ", sortBy: CODE" : "")
                    + switch (random.nextInt(4)) {
                        case 0 -> ", where: { type: STORE }";
                        case 1 -> ", where: { nameContains: " + variable("String", pick(List.of("Diff", "co", "%", "nothing"))) + " }";
                        case 2 -> ", where: { descendantOf: " + variable("ID", pick(seeds.orgUnitIds())) + " }";
                        default -> "";
                    } + ") " + connection("OrgUnit");
            case 10 -> alias + "warehouses(first: " + variable("Int", 1 + random.nextInt(4))
                    + (random.nextBoolean() ? ", where: { orgUnitId: " + variable("ID", pick(seeds.orgUnitIds())) + " }" : "") + ") "
                    + connection("Warehouse");
            case 9 -> alias + node();
            case 7 -> alias + "orgUnit(id: " + variable("ID!", pick(seeds.orgUnitIds())) + ") " + object("OrgUnit", 1);
            case 8 -> alias + "staffMember(id: " + variable("ID!", pick(seeds.staffIds())) + ") " + object("Staff", 1);
            case 6 -> alias + "customer(id: " + variable("ID!", pick(seeds.customerIds())) + ") " + object("Customer", 1);
            case 0 -> alias + "orders(first: " + variable("Int", 1 + random.nextInt(6)) + (random.nextBoolean() ? ", sortBy: OLDEST_FIRST" : "")
                    + ") " + connection("Order");
            case 1 -> alias + "order(id: " + variable("ID!", pick(seeds.orderIds())) + ") " + object("Order", 1);
            case 2 -> alias + "products(first: " + (1 + random.nextInt(5)) + (random.nextBoolean() ? ", where: { search: "
                    + variable("String", pick(seeds.searches())) + " }" : "") + ") " + connection("Product");
            case 3 -> alias + "product(id: " + variable("ID!", pick(seeds.productIds())) + ") " + object("Product", 1);
            case 4 -> alias + "skuByCode(code: " + variable("String!", pick(seeds.skuCodes())) + ") " + object("Sku", 1);
            default -> alias + "skuByBarcode(barcode: \"" + pick(seeds.barcodes()) + "\") " + object("Sku", 1);
        };
    }

    /** A target period: this month, quarter or year, the month a year ago, or a year without data. */
    private String period() {
        java.time.YearMonth month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai"));
        return pick(List.of(month.toString(), month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1), Integer.toString(month.getYear()),
                month.minusYears(1).toString(), "2031"));
    }

    /** {@code node(id:)} of a seeded object (or a missing one): fragments on its type, on another, and Node's own fields. */
    private String node() {
        int which = random.nextInt(6);
        List<String> ids = switch (which) {
            case 0 -> seeds.orderIds();
            case 1 -> seeds.customerIds();
            case 2 -> seeds.productIds();
            case 3 -> seeds.orgUnitIds();
            case 4 -> seeds.positionIds();
            default -> seeds.staffIds();
        };
        String type = List.of("Order", "Customer", "Product", "OrgUnit", "Position", "Staff").get(which);
        List<String> parts = new ArrayList<>();
        parts.add("... on " + type + " " + object(type, 1));
        if (random.nextBoolean()) {
            parts.add("id");
        }
        if (random.nextInt(3) == 0) {
            parts.add("... on " + (which == 2 ? "Order" : "Product") + " { id }");
        }
        if (random.nextInt(4) == 0) {
            parts.add("__typename");
        }
        return "node(id: " + variable("ID!", pick(ids)) + ") { " + String.join(" ", shuffled(parts, parts.size())) + " }";
    }

    private String connection(String type) {
        return connection(type, 1);
    }

    private String connection(String type, int depth) {
        List<String> parts = new ArrayList<>();
        List<String> edge = new ArrayList<>();
        for (String part : shuffled(List.of("cursor", "node"), 1)) {
            edge.add(part.equals("node") ? "node " + object(type, depth) : part);
        }
        parts.add("edges { " + String.join(" ", edge) + " }");
        if (random.nextBoolean()) {
            parts.add("pageInfo { " + String.join(" ", shuffled(List.of("hasNextPage", "hasPreviousPage", "startCursor", "endCursor",
                    "__typename"), 1)) + " }");
        }
        if (random.nextInt(4) == 0) {
            parts.add("__typename");
        }
        return "{ " + String.join(" ", shuffled(parts, parts.size())) + " }";
    }

    /** A selection set on the type of the read model named {@code name}; depth counts object levels from the root object. */
    private String object(String name, int depth) {
        ReadModel model = models.model(name).orElseThrow();
        String type = model.type();
        GraphQLObjectType objectType = schema.getObjectType(type);
        List<String> selections = new ArrayList<>();
        for (Map.Entry<String, ReadField> field : model.fields().entrySet()) {
            if (random.nextInt(3) == 0 || objectType.getFieldDefinition(field.getKey()) == null) {
                continue;
            }
            String selection = field(field.getKey(), field.getValue(), depth);
            if (selection != null) {
                selections.add(aliased(selection));
                if (random.nextInt(10) == 0) {
                    selections.add(selection);
                }
            }
        }
        if (random.nextInt(12) == 0) {
            undeclared(objectType, model).ifPresent(selections::add);
        }
        if (random.nextInt(4) == 0) {
            selections.add("__typename");
        }
        if (selections.isEmpty()) {
            selections.add("__typename");
        }
        return "{ " + String.join(" ", fragmented(type, selections)) + " }";
    }

    private String field(String name, ReadField read, int depth) {
        if (read instanceof ReadField.Scalar) {
            return name;
        }
        if (read instanceof ReadField.MoneyPair) {
            return name + " { " + String.join(" ", shuffled(List.of("amount", "currency", "__typename"), 1)) + " }";
        }
        if (read instanceof ReadField.Paged paged) {
            return depth >= 3 ? null : name + "(first: " + (1 + random.nextInt(3)) + ") " + connection(paged.type(), depth + 1);
        }
        String target = read instanceof ReadField.One one ? one.type()
                : read instanceof ReadField.Scoped scoped ? scoped.type() : ((ReadField.Many) read).type();
        if (models.model(target).isEmpty()) {
            if (random.nextInt(4) != 0) {
                return null;
            }
            declared = false;
            return name + " { id }";
        }
        return depth >= 3 ? null : name + " " + object(target, depth + 1);
    }

    private java.util.Optional<String> undeclared(GraphQLObjectType type, ReadModel model) {
        for (GraphQLFieldDefinition definition : type.getFieldDefinitions()) {
            boolean leaf = GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(definition.getType()));
            if (!model.fields().containsKey(definition.getName()) && leaf && definition.getArguments().isEmpty()) {
                declared = false;
                return java.util.Optional.of(definition.getName());
            }
        }
        return java.util.Optional.empty();
    }

    private String aliased(String selection) {
        return random.nextInt(5) == 0 ? "a" + (++names) + ": " + selection : selection;
    }

    /** Moves some selections into a named or inline fragment, some under @include/@skip. */
    private List<String> fragmented(String type, List<String> selections) {
        List<String> out = new ArrayList<>(selections);
        if (out.size() > 1 && random.nextInt(3) == 0) {
            int cut = 1 + random.nextInt(out.size() - 1);
            List<String> moved = new ArrayList<>(out.subList(cut, out.size()));
            out = new ArrayList<>(out.subList(0, cut));
            switch (random.nextInt(4)) {
                case 0 -> {
                    String name = "F" + (++names);
                    fragments.add("fragment " + name + " on " + type + " { " + String.join(" ", moved) + " }");
                    out.add("..." + name);
                }
                case 1 -> out.add("... on " + type + " { " + String.join(" ", moved) + " }");
                case 2 -> out.add("... @include(if: " + variable("Boolean!", random.nextBoolean()) + ") { " + String.join(" ", moved) + " }");
                default -> out.add("... on " + type + " @skip(if: " + (random.nextBoolean() ? "true" : variable("Boolean!", random.nextBoolean()))
                        + ") { " + String.join(" ", moved) + " }");
            }
        }
        if (type.equals("Order") || type.equals("Product") || type.equals("Sku")) {
            if (random.nextInt(6) == 0) {
                out.add("... on Node { id }");
            }
        }
        return out;
    }

    private String variable(String type, Object value) {
        String name = "v" + (++names);
        variables.put(name, value);
        variableTypes.put(name, type);
        return "$" + name;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private List<String> shuffled(List<String> values, int atLeast) {
        List<String> copy = new ArrayList<>(values);
        java.util.Collections.shuffle(copy, random);
        int size = atLeast + random.nextInt(copy.size() - atLeast + 1);
        Set<String> chosen = new LinkedHashSet<>(copy.subList(0, size));
        return new ArrayList<>(chosen);
    }
}
