package com.newretail.inventory.graphql;

import java.util.List;
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

    /** The global ID of the source of a ledger row; kinds written by other modules (e.g. ORDER) use their own type name. */
    static String globalId(String documentKind, long documentId) {
        return GlobalId.encode(TYPE_OF_KIND.getOrDefault(documentKind, capitalized(documentKind)), documentId);
    }

    /** The ledger kinds an object's global ID stands for, and its id. */
    static Map.Entry<List<String>, Long> kinds(String globalId) {
        GlobalId.Typed typed = GlobalId.parse(globalId);
        List<String> kinds = TYPE_OF_KIND.entrySet().stream().filter(e -> e.getValue().equals(typed.type())).map(Map.Entry::getKey)
                .sorted().toList();
        return Map.entry(kinds.isEmpty() ? List.of(typed.type().toUpperCase(java.util.Locale.ROOT)) : kinds, typed.id());
    }

    private static String capitalized(String kind) {
        return kind.isEmpty() ? kind : kind.charAt(0) + kind.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
