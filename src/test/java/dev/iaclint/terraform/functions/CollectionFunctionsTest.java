package dev.iaclint.terraform.functions;

import static dev.iaclint.terraform.functions.Nodes.b;
import static dev.iaclint.terraform.functions.Nodes.call;
import static dev.iaclint.terraform.functions.Nodes.list;
import static dev.iaclint.terraform.functions.Nodes.map;
import static dev.iaclint.terraform.functions.Nodes.n;
import static dev.iaclint.terraform.functions.Nodes.nul;
import static dev.iaclint.terraform.functions.Nodes.s;
import static dev.iaclint.terraform.functions.Nodes.unknown;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CollectionFunctionsTest {

    @Test
    void lookupFindsTheKeyOrTheDefaultAndAMissingKeyWithoutDefaultIsAnError() {
        assertEquals(true, call("lookup", map("rotate", b(true)), s("rotate"), b(false)));
        assertEquals(false, call("lookup", map("other", b(true)), s("rotate"), b(false)));
        assertEquals("error", call("lookup", map("other", b(true)), s("rotate")));
        assertEquals("unknown", call("lookup", unknown(), s("rotate"), b(false)));
        assertEquals("unknown", call("lookup", map("rotate", b(true)), unknown(), b(false)));
    }

    @Test
    void mergeLetsLaterMapsWinAndSkipsNull() {
        assertEquals(List.of("a=1", "b=3", "c=4"),
                call("merge", map("a", n(1), "b", n(2)), nul(), map("b", n(3), "c", n(4))));
        assertEquals("unknown", call("merge", map("a", n(1)), unknown()));
    }

    @Test
    void listsAreJoinedFlattenedAndPicked() {
        assertEquals(List.of("a", "b", "c"), call("concat", list(s("a")), list(s("b"), s("c"))));
        assertEquals(List.of("a", "b", "c"), call("flatten", list(list(s("a"), list(s("b"))), s("c"))));
        assertEquals("unknown", call("flatten", list(s("a"), unknown())), "an unknown element may be a list");
        assertEquals("b", call("element", list(s("a"), s("b")), n(3)), "element wraps around");
        assertEquals("error", call("element", list(), n(0)));
        assertEquals("a", call("one", list(s("a"))));
        assertEquals("null", call("one", list()));
        assertEquals("error", call("one", list(s("a"), s("b"))));
        assertEquals(List.of("b"), call("coalescelist", list(), list(s("b"))));
        assertEquals(List.of("b", "c"), call("slice", list(s("a"), s("b"), s("c")), n(1), n(3)));
        assertEquals("error", call("slice", list(s("a")), n(0), n(2)));
        assertEquals("unknown", call("concat", list(s("a")), unknown()));
    }

    @Test
    void lengthContainsDistinctAndCompactLookAtTheElements() {
        assertEquals("2", call("length", list(s("a"), unknown())), "the length is known with unknown elements");
        assertEquals("3", call("length", s("abc")));
        assertEquals(true, call("contains", list(s("a"), s("b")), s("b")));
        assertEquals(false, call("contains", list(n(1)), s("1")), "a number is not the string");
        assertEquals("unknown", call("contains", list(s("a"), unknown()), s("b")));
        assertEquals(List.of("a", "b"), call("distinct", list(s("a"), s("b"), s("a"))));
        assertEquals(List.of("a", "b"), call("compact", list(s("a"), s(""), nul(), s("b"))));
        assertEquals("unknown", call("compact", list(s("a"), unknown())));
    }

    @Test
    void keysAndValuesComeInKeyOrderAndZipmapPairsThem() {
        assertEquals(List.of("a", "b"), call("keys", map("b", n(2), "a", n(1))));
        assertEquals(List.of("1", "2"), call("values", map("b", n(2), "a", n(1))));
        assertEquals(List.of("x=1", "y=2"), call("zipmap", list(s("x"), s("y")), list(n(1), n(2))));
        assertEquals("error", call("zipmap", list(s("x")), list()));
        assertEquals("unknown", call("keys", unknown()));
    }
}
