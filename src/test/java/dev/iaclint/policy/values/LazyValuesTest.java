package dev.iaclint.policy.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class LazyValuesTest {

    @Test
    void aValueIsComputedWhenFirstReadAndOnlyOnce() {
        AtomicInteger costly = new AtomicInteger();
        Map<String, Supplier<Object>> suppliers = new LinkedHashMap<>();
        suppliers.put("cheap", () -> "a");
        suppliers.put("costly", () -> "b" + costly.incrementAndGet());
        suppliers.put("none", () -> null);
        LazyValues values = new LazyValues(suppliers);
        assertEquals("a", values.get("cheap"));
        assertEquals(0, costly.get(), "not read, not computed");
        assertEquals("b1", values.get("costly"));
        assertEquals("b1", values.get("costly"));
        assertNull(values.get("none"));
        assertTrue(values.containsKey("none"));
        assertNull(values.get("other"));
        assertEquals(List.of("cheap", "costly", "none"), List.copyOf(values.keySet()));
        assertEquals("{cheap=a, costly=b1, none=null}", values.toString());
    }
}
