package com.newretail.platform.reads;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's {@code ORDER BY} restated over its cursor columns as an outer query sees them, so the outer
 * query keeps the page's order without numbering its rows (a window function and a sort per parent).
 * Only when every sort item is one of the cursor expressions: a keyset ends with the row's id, so the
 * items order the page's rows exactly as the inner query did.
 */
final class CursorOrder {

    private static final Pattern ITEM = Pattern.compile("(?is)^\\s*(.+?)((?:\\s+(?:ASC|DESC))?(?:\\s+NULLS\\s+(?:FIRST|LAST))?)\\s*$");

    private CursorOrder() {
    }

    /**
     * {@code orderBy} with each item's expression replaced by {@code prefix + i} where {@code cursorSql[i]}
     * is that expression, its direction kept; empty when an item is not a cursor expression.
     */
    static Optional<String> over(String orderBy, List<String> cursorSql, String prefix) {
        if (orderBy == null || cursorSql.isEmpty()) {
            return Optional.empty();
        }
        List<String> items = new ArrayList<>();
        for (String item : topLevelItems(orderBy)) {
            Matcher matcher = ITEM.matcher(item);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            int column = cursorSql.indexOf(matcher.group(1).trim());
            if (column < 0) {
                return Optional.empty();
            }
            items.add(prefix + column + matcher.group(2));
        }
        return Optional.of(String.join(", ", items));
    }

    /** The comma-separated items of an ORDER BY list, commas inside parentheses or quotes not splitting. */
    static List<String> topLevelItems(String list) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        int start = 0;
        char quote = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                items.add(list.substring(start, i));
                start = i + 1;
            }
        }
        items.add(list.substring(start));
        return items;
    }
}
