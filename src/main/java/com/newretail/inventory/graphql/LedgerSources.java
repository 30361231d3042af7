package com.newretail.inventory.graphql;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.newretail.platform.graphql.GlobalId;

/**
 * Which object wrote a ledger row: the ledger's {@code document_type} names a table-level kind
 * (RECEIPT, TRANSFER, …); the API shows the global ID of the object of that kind.
 */
final class LedgerSources {

    private static final Map<String, String> TYPE_OF_KIND = Map.of(
            "RECEIPT", StockDocument.TYPE,
            "ISSUE", StockDocument.TYPE,
            "TRANSFER", StockTransfer.TYPE,
            "STOCKTAKE", Stocktake.TYPE,
            "RESERVATION", StockReservation.TYPE);

    private LedgerSources() {
    }

    /**
     * The global ID of the source of a ledger row. Kinds written by other modules are their GraphQL
     * type name in SCREAMING_SNAKE ({@code ORDER_RETURN} is an {@code OrderReturn}).
     */
    static String globalId(String documentKind, long documentId) {
        return GlobalId.encode(typed(documentKind, documentId).type(), documentId);
    }

    /** The type and id of the source of a ledger row. */
    static GlobalId.Typed typed(String documentKind, long documentId) {
        return new GlobalId.Typed(TYPE_OF_KIND.getOrDefault(documentKind, typeName(documentKind)), documentId);
    }

    /** The ledger kinds an object's global ID stands for, and its id. */
    static Map.Entry<List<String>, Long> kinds(String globalId) {
        GlobalId.Typed typed = GlobalId.parse(globalId);
        List<String> kinds = TYPE_OF_KIND.entrySet().stream().filter(e -> e.getValue().equals(typed.type())).map(Map.Entry::getKey)
                .sorted().toList();
        return Map.entry(kinds.isEmpty() ? List.of(kindName(typed.type())) : kinds, typed.id());
    }

    /** {@code ORDER_RETURN} → {@code OrderReturn}. */
    static String typeName(String kind) {
        StringBuilder type = new StringBuilder();
        for (String word : kind.toLowerCase(Locale.ROOT).split("_")) {
            if (!word.isEmpty()) {
                type.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return type.toString();
    }

    /** {@code OrderReturn} → {@code ORDER_RETURN}. */
    static String kindName(String type) {
        return type.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
