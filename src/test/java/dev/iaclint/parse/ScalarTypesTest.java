package dev.iaclint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ScalarTypesTest {

    @Test
    void typesByTheCoreSchemaWhateverTheFirstCharacterSuggests() {
        for (String none : new String[] {"", "~", "null", "Null", "NULL"}) {
            assertNull(ScalarTypes.typedValue(none), none);
        }
        assertEquals(Boolean.TRUE, ScalarTypes.typedValue("True"));
        assertEquals(Boolean.FALSE, ScalarTypes.typedValue("FALSE"));
        assertEquals(new BigDecimal("-1.5"), ScalarTypes.typedValue("-1.5"));
        assertEquals(new BigDecimal(".5"), ScalarTypes.typedValue(".5"));
        assertEquals(new BigDecimal("+3e2"), ScalarTypes.typedValue("+3e2"));
        for (String text : new String[] {"nothing", "tree", "fals", "-x", "1.2.3", "on", "yes"}) {
            assertEquals(text, ScalarTypes.typedValue(text), text);
        }
    }
}
