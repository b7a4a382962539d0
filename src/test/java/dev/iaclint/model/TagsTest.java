package dev.iaclint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tag keys match without case or separators; shapes and sources are covered by KMS-007's fixtures. */
class TagsTest {

    @Test
    void spellingsOfOneKeyMatch() {
        for (String spelling : List.of("CostCenter", "cost_center", "cost-center", "Cost Center", "COST.CENTER")) {
            assertEquals("costcenter", Tags.normal(spelling), spelling);
        }
        assertTrue(new Tags(Map.of("Cost_Center", "4711"), true).has("cost-center"));
        assertEquals(Optional.of("acme"), new Tags(Map.of("TENANT", "acme"), true).value("tenant"));
    }

    @Test
    void anEmptyValueIsNoTagButAnUnknownValueIs() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("owner", " ");
        values.put("project", null);
        Tags tags = new Tags(values, true);
        assertFalse(tags.has("owner"));
        assertTrue(tags.has("project"));
        assertEquals(Optional.empty(), tags.value("project"));
    }
}
