package com.newretail.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.InvalidGlobalIdException;

class GlobalIdTest {

    @Test
    void roundTripsAndIsOpaque() {
        String id = GlobalId.encode("OrgUnit", 42);
        assertFalse(id.contains("42"), "the numeric id must not show through");
        assertEquals(42, GlobalId.decode(id, "OrgUnit"));
        assertEquals(new GlobalId.Typed("OrgUnit", 42), GlobalId.parse(id));
    }

    @Test
    void rejectsMalformedAndWrongTypeIds() {
        assertThrows(InvalidGlobalIdException.class, () -> GlobalId.parse("%%%"));
        assertThrows(InvalidGlobalIdException.class, () -> GlobalId.parse(""));
        assertThrows(InvalidGlobalIdException.class, () -> GlobalId.parse(null));
        assertThrows(InvalidGlobalIdException.class, () -> GlobalId.parse(GlobalId.encode("OrgUnit", 0)));
        assertThrows(InvalidGlobalIdException.class,
                () -> GlobalId.parse(java.util.Base64.getUrlEncoder().encodeToString("OrgUnit:abc".getBytes())));
        InvalidGlobalIdException wrongType = assertThrows(InvalidGlobalIdException.class,
                () -> GlobalId.decode(GlobalId.encode("Product", 1), "OrgUnit"));
        assertEquals("'" + GlobalId.encode("Product", 1) + "' is not the ID of a OrgUnit", wrongType.getMessage());
    }
}
