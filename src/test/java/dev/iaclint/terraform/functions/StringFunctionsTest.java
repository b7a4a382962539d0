package dev.iaclint.terraform.functions;

import static dev.iaclint.terraform.functions.Nodes.b;
import static dev.iaclint.terraform.functions.Nodes.call;
import static dev.iaclint.terraform.functions.Nodes.list;
import static dev.iaclint.terraform.functions.Nodes.n;
import static dev.iaclint.terraform.functions.Nodes.nul;
import static dev.iaclint.terraform.functions.Nodes.s;
import static dev.iaclint.terraform.functions.Nodes.unknown;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iaclint.model.Location;
import dev.iaclint.model.ScalarNode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class StringFunctionsTest {

    @Test
    void formatTakesTheVerbsOfNamesAndArns() {
        assertEquals("alias/aws/bedrock", call("format", s("alias/aws/%s"), s("bedrock")));
        assertEquals("n=3 q=\"a\\\"b\" v=true 100%", call("format", s("n=%d q=%q v=%v 100%%"), n(3), s("a\"b"), b(true)));
        assertEquals("error", call("format", s("%s and %s"), s("one")));
        assertEquals("error", call("format", s("%d"), s("x")));
        assertEquals("unknown", call("format", s("alias/%s"), unknown()));
        assertEquals("unknown", call("format", s("%08.3f"), n(1)), "a verb this reader does not take");
    }

    @Test
    void numbersBecomeStringsWithoutATrailingZero() {
        ScalarNode written = new ScalarNode(Nodes.AT, "2.0", new BigDecimal("2.0"));
        assertEquals("v2", call("format", s("v%s"), written));
        assertEquals("2", call("tostring", written));
    }

    @Test
    void joinSplitAndReplace() {
        assertEquals("a,b,1", call("join", s(","), list(s("a"), s("b")), list(n(1))));
        assertEquals("error", call("join", s(","), list(s("a"), nul())));
        assertEquals("unknown", call("join", s(","), list(s("a"), unknown())));
        assertEquals(List.of("a", "", "b"), call("split", s(","), s("a,,b")));
        assertEquals("a-b-c", call("replace", s("a.b.c"), s("."), s("-")));
        assertEquals("key-1", call("replace", s("key_01"), s("/_0*/"), s("-")), "a /regex/ as RE2 reads it");
    }

    @Test
    void caseTrimmingAndTests() {
        assertEquals("ab", call("lower", s("AB")));
        assertEquals("AB", call("upper", s("ab")));
        assertEquals("alias/aws/kms", call("trimspace", s("  alias/aws/kms\n")));
        assertEquals("bedrock", call("trimprefix", s("alias/bedrock"), s("alias/")));
        assertEquals("alias", call("trimsuffix", s("alias/"), s("/")));
        assertEquals(true, call("startswith", s("alias/aws/x"), s("alias/aws/")));
        assertEquals(false, call("endswith", s("abc"), s("b")));
        assertEquals(true, call("strcontains", s("abc"), s("b")));
        assertEquals("unknown", call("upper", unknown()));
        assertEquals("error", call("upper", nul()));
    }

    @Test
    void theResultIsLocatedAtTheCall() {
        Location call = new Location("main.tf", 7, 3, 7, 30);
        assertEquals(call, Functions.call("lower", List.of(s("A")), call).orElseThrow().location());
    }
}
