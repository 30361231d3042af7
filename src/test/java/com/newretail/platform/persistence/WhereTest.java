package com.newretail.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.newretail.platform.scope.SqlArgs;

class WhereTest {

    @Test
    void onlyGivenFiltersAddConditionsAndArguments() {
        SqlArgs args = new SqlArgs();
        String where = new Where("true", args).and("a", "=", null).and("b", "<", 5L).anyOf("c", null).anyOf("d", new String[] {"x"})
                .toString();
        assertEquals("true AND b < $1 AND d = ANY($2)", where);
        assertEquals(2, args.values().size());
        assertEquals(List.of(5L), args.values().subList(0, 1));
    }
}
