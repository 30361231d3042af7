package com.newretail.operations.graphql;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import com.newretail.catalog.graphql.Category;
import com.newretail.customer.api.CustomerCriteria;
import com.newretail.customer.api.CustomerLevel;
import com.newretail.operations.domain.SegmentDefinition;
import com.newretail.operations.domain.SegmentErrorCode;
import com.newretail.organization.graphql.OrgUnit;
import com.newretail.platform.graphql.DecimalValue;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.InvalidGlobalIdException;
import com.newretail.platform.mutation.Refusal;

/**
 * Turns a {@link SegmentRuleInput} into a {@link SegmentDefinition} (checking it), and a stored rule
 * back into its input: the JSON keeps the input's own field names and global IDs, so what a client
 * sent is what it reads back.
 */
final class SegmentRules {

    static final int MAX_DEPTH = 5;
    static final int MAX_CONDITIONS = 50;
    private static final int MAX_DAYS = 3650;

    /** A checked rule, or why it is not one. */
    record Checked(SegmentDefinition definition, Refusal<SegmentErrorCode> problem) {
    }

    private SegmentRules() {
    }

    static Checked check(SegmentRuleInput rule, String... path) {
        int[] conditions = {0};
        try {
            Node node = node(rule, 1, conditions, List.of(path));
            if (conditions[0] > MAX_CONDITIONS) {
                return refused("A rule has at most " + MAX_CONDITIONS + " conditions", List.of(path));
            }
            return new Checked(new SegmentDefinition(node.criteria, node.json.toString(), node.text), null);
        } catch (Invalid e) {
            return new Checked(null, Refusal.of(e.code, e.getMessage(), e.path));
        }
    }

    /** The stored JSON as the input it came from. */
    static SegmentRuleInput parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return input(reader.readObject());
        }
    }

    private record Node(CustomerCriteria criteria, JsonValue json, String text) {
    }

    private static final class Invalid extends RuntimeException {
        final SegmentErrorCode code;
        final List<String> path;

        Invalid(SegmentErrorCode code, String message, List<String> path) {
            super(message);
            this.code = code;
            this.path = path;
        }
    }

    private static Checked refused(String message, List<String> path) {
        return new Checked(null, Refusal.of(SegmentErrorCode.INVALID_RULE, message, path));
    }

    private static Node node(SegmentRuleInput rule, int depth, int[] conditions, List<String> path) {
        if (rule == null) {
            throw new Invalid(SegmentErrorCode.INVALID_RULE, "A rule node is required", path);
        }
        List<String> set = new ArrayList<>();
        add(set, "all", rule.all);
        add(set, "any", rule.any);
        add(set, "tag", rule.tag);
        add(set, "levels", rule.levels);
        add(set, "homeStoreUnderId", rule.homeStoreUnderId);
        add(set, "spendMin", rule.spendMin);
        add(set, "spendMax", rule.spendMax);
        add(set, "orderCountMin", rule.orderCountMin);
        add(set, "orderCountMax", rule.orderCountMax);
        add(set, "boughtWithinDays", rule.boughtWithinDays);
        add(set, "notBoughtWithinDays", rule.notBoughtWithinDays);
        add(set, "boughtCategoryId", rule.boughtCategoryId);
        add(set, "smsConsent", rule.smsConsent);
        add(set, "answered", rule.answered);
        if (set.size() != 1) {
            throw new Invalid(SegmentErrorCode.INVALID_RULE, set.isEmpty() ? "A rule node sets one field" : "A rule node sets one field, not "
                    + String.join(", ", set), path);
        }
        String field = set.get(0);
        List<String> at = append(path, field);
        if (rule.all != null || rule.any != null) {
            List<SegmentRuleInput> parts = rule.all != null ? rule.all : rule.any;
            if (depth >= MAX_DEPTH) {
                throw new Invalid(SegmentErrorCode.INVALID_RULE, "Groups nest at most " + MAX_DEPTH + " levels", at);
            }
            if (parts.isEmpty()) {
                throw new Invalid(SegmentErrorCode.INVALID_RULE, "A group has at least one part", at);
            }
            List<Node> nodes = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                nodes.add(node(parts.get(i), depth + 1, conditions, append(at, String.valueOf(i))));
            }
            JsonArrayBuilder array = Json.createArrayBuilder();
            nodes.forEach(n -> array.add(n.json));
            List<CustomerCriteria> criteria = nodes.stream().map(Node::criteria).toList();
            String text = nodes.stream().map(n -> nodes.size() > 1 && n.text.contains(" ") && (n.criteria instanceof CustomerCriteria.All
                    || n.criteria instanceof CustomerCriteria.Any) ? "(" + n.text + ")" : n.text)
                    .collect(Collectors.joining(rule.all != null ? " AND " : " OR "));
            return new Node(rule.all != null ? new CustomerCriteria.All(criteria) : new CustomerCriteria.Any(criteria),
                    Json.createObjectBuilder().add(field, array).build(), text);
        }
        conditions[0]++;
        JsonObjectBuilder json = Json.createObjectBuilder();
        switch (field) {
            case "tag" -> {
                String tag = rule.tag.trim();
                if (tag.isEmpty() || tag.length() > 30) {
                    throw new Invalid(SegmentErrorCode.INVALID_RULE, "A tag has 1-30 characters", at);
                }
                return new Node(new CustomerCriteria.Tagged(tag), json.add(field, tag).build(), "tag \"" + tag + "\"");
            }
            case "levels" -> {
                if (rule.levels.isEmpty()) {
                    throw new Invalid(SegmentErrorCode.INVALID_RULE, "Name at least one tier", at);
                }
                List<String> levels = rule.levels.stream().map(Enum::name).distinct().toList();
                JsonArrayBuilder array = Json.createArrayBuilder();
                levels.forEach(array::add);
                return new Node(new CustomerCriteria.AtLevel(levels), json.add(field, array).build(), "tier in " + levels);
            }
            case "homeStoreUnderId" -> {
                long unit = id(rule.homeStoreUnderId, OrgUnit.TYPE, at);
                return new Node(new CustomerCriteria.HomeStoreUnder(unit), json.add(field, rule.homeStoreUnderId).build(),
                        "home store under " + rule.homeStoreUnderId);
            }
            case "spendMin", "spendMax" -> {
                BigDecimal amount = (rule.spendMin != null ? rule.spendMin : rule.spendMax).value();
                if (amount.signum() < 0 || amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
                    throw new Invalid(SegmentErrorCode.INVALID_RULE, "An amount is at least 0 with at most two decimals", at);
                }
                boolean min = rule.spendMin != null;
                return new Node(new CustomerCriteria.Spend(min ? amount : null, min ? null : amount), json.add(field, amount.toPlainString()).build(),
                        "spend " + (min ? ">= " : "<= ") + amount.toPlainString());
            }
            case "orderCountMin", "orderCountMax" -> {
                int count = rule.orderCountMin != null ? rule.orderCountMin : rule.orderCountMax;
                if (count < 0) {
                    throw new Invalid(SegmentErrorCode.INVALID_RULE, "A count is at least 0", at);
                }
                boolean min = rule.orderCountMin != null;
                return new Node(new CustomerCriteria.OrderCount(min ? count : null, min ? null : count), json.add(field, count).build(),
                        "orders " + (min ? ">= " : "<= ") + count);
            }
            case "boughtWithinDays", "notBoughtWithinDays" -> {
                int days = rule.boughtWithinDays != null ? rule.boughtWithinDays : rule.notBoughtWithinDays;
                if (days < 1 || days > MAX_DAYS) {
                    throw new Invalid(SegmentErrorCode.INVALID_RULE, "Days are 1-" + MAX_DAYS, at);
                }
                boolean bought = rule.boughtWithinDays != null;
                return new Node(bought ? new CustomerCriteria.BoughtWithinDays(days) : new CustomerCriteria.NotBoughtWithinDays(days),
                        json.add(field, days).build(), (bought ? "bought" : "did not buy") + " in the last " + days + " days");
            }
            case "boughtCategoryId" -> {
                long category = id(rule.boughtCategoryId, Category.TYPE, at);
                return new Node(new CustomerCriteria.BoughtCategory(category), json.add(field, rule.boughtCategoryId).build(),
                        "bought in category " + rule.boughtCategoryId);
            }
            case "answered" -> {
                long survey = id(rule.answered.surveyId, Survey.TYPE, append(at, "surveyId"));
                if (rule.answered.question < 1 || rule.answered.option == null || rule.answered.option.isBlank()
                        || rule.answered.option.length() > 100) {
                    throw new Invalid(SegmentErrorCode.INVALID_RULE, "A survey answer names a question (1, 2, …) and an option", at);
                }
                int question = rule.answered.question;
                String option = rule.answered.option;
                return new Node(SurveyAnswers.answered(survey, question, option), json.add(field, jakarta.json.Json.createObjectBuilder()
                        .add("surveyId", rule.answered.surveyId).add("question", question).add("option", option)).build(),
                        "answered survey " + rule.answered.surveyId + " question " + question + " \"" + option + "\"");
            }
            default -> {
                return new Node(new CustomerCriteria.SmsConsent(rule.smsConsent), json.add(field, rule.smsConsent).build(),
                        rule.smsConsent ? "SMS consent given" : "no SMS consent");
            }
        }
    }

    private static long id(String globalId, String type, List<String> path) {
        try {
            return GlobalId.decode(globalId, type);
        } catch (InvalidGlobalIdException e) {
            throw new Invalid(SegmentErrorCode.INVALID_ID, e.getMessage(), path);
        }
    }

    private static void add(List<String> set, String name, Object value) {
        if (value != null) {
            set.add(name);
        }
    }

    private static List<String> append(List<String> path, String last) {
        List<String> longer = new ArrayList<>(path);
        longer.add(last);
        return longer;
    }

    private static SegmentRuleInput input(JsonObject json) {
        SegmentRuleInput rule = new SegmentRuleInput();
        for (String field : json.keySet()) {
            JsonValue value = json.get(field);
            switch (field) {
                case "all" -> rule.all = parts((JsonArray) value);
                case "any" -> rule.any = parts((JsonArray) value);
                case "tag" -> rule.tag = json.getString(field);
                case "levels" -> rule.levels = ((JsonArray) value).getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(s -> CustomerLevel.valueOf(s.getString())).toList();
                case "homeStoreUnderId" -> rule.homeStoreUnderId = json.getString(field);
                case "spendMin" -> rule.spendMin = new DecimalValue(json.getString(field));
                case "spendMax" -> rule.spendMax = new DecimalValue(json.getString(field));
                case "orderCountMin" -> rule.orderCountMin = json.getInt(field);
                case "orderCountMax" -> rule.orderCountMax = json.getInt(field);
                case "boughtWithinDays" -> rule.boughtWithinDays = json.getInt(field);
                case "notBoughtWithinDays" -> rule.notBoughtWithinDays = json.getInt(field);
                case "boughtCategoryId" -> rule.boughtCategoryId = json.getString(field);
                case "smsConsent" -> rule.smsConsent = json.getBoolean(field);
                case "answered" -> {
                    JsonObject answered = json.getJsonObject(field);
                    rule.answered = new SegmentRuleInput.SurveyAnswerRuleInput();
                    rule.answered.surveyId = answered.getString("surveyId");
                    rule.answered.question = answered.getInt("question");
                    rule.answered.option = answered.getString("option");
                }
                default -> throw new IllegalStateException("unknown rule field " + field);
            }
        }
        return rule;
    }

    private static List<SegmentRuleInput> parts(JsonArray array) {
        return array.getValuesAs(JsonObject.class).stream().map(SegmentRules::input).toList();
    }
}
