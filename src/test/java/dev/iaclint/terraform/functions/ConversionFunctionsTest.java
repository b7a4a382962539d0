package dev.iaclint.terraform.functions;

import static dev.iaclint.terraform.functions.Nodes.b;
import static dev.iaclint.terraform.functions.Nodes.call;
import static dev.iaclint.terraform.functions.Nodes.list;
import static dev.iaclint.terraform.functions.Nodes.map;
import static dev.iaclint.terraform.functions.Nodes.n;
import static dev.iaclint.terraform.functions.Nodes.nul;
import static dev.iaclint.terraform.functions.Nodes.resourceAttribute;
import static dev.iaclint.terraform.functions.Nodes.s;
import static dev.iaclint.terraform.functions.Nodes.unknown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConversionFunctionsTest {

    private static final dev.iaclint.model.Node ERROR = Values.failure(Nodes.AT, "lookup of a missing key");

    @Test
    void conversionsFollowTerraform() {
        assertEquals(true, call("tobool", s("true")));
        assertEquals("error", call("tobool", s("yes")));
        assertEquals("null", call("tobool", nul()));
        assertEquals("unknown", call("tobool", unknown()));
        assertEquals("true", call("tostring", b(true)));
        assertEquals("42", call("tonumber", s("42")));
        assertEquals("error", call("tonumber", s("forty-two")));
        assertEquals(List.of("a", "b"), call("toset", list(s("b"), s("a"), s("b"))), "a set of strings is sorted");
        assertEquals(List.of("1", "a"), call("toset", list(s("a"), n(1))), "mixed primitives become strings");
        assertEquals(List.of("x=1"), call("tomap", map("x", n(1))));
        assertEquals("error", call("tolist", s("a")));
    }

    @Test
    void coalesceSkipsNullAndEmptyStrings() {
        assertEquals(true, call("coalesce", nul(), b(true)));
        assertEquals("b", call("coalesce", s(""), nul(), s("b")));
        assertEquals("unknown", call("coalesce", unknown(), b(true)), "an unknown first argument may be chosen");
        assertEquals("aws_kms_key.k.arn", call("coalesce", nul(), resourceAttribute()));
        assertEquals("error", call("coalesce", nul(), s("")));
    }

    @Test
    void tryTakesTheFirstArgumentWithoutAnErrorAndCanSaysWhetherThereIsOne() {
        assertEquals(false, call("try", ERROR, b(false)));
        assertEquals("a", call("try", s("a"), b(false)));
        assertEquals("unknown", call("try", unknown(), b(false)), "an unknown may still fail when Terraform runs");
        assertEquals("error", call("try", ERROR));
        assertEquals(false, call("can", ERROR));
        assertEquals(true, call("can", s("a")));
        assertEquals("unknown", call("can", unknown()));
    }

    @Test
    void anErrorInAnArgumentIsTheErrorOfTheCall() {
        assertEquals("error", call("upper", ERROR));
        assertEquals("error", call("lookup", map("a", n(1)), ERROR, s("x")));
    }

    @Test
    void jsonRoundTrips() {
        assertEquals(List.of("Version=2012-10-17", "Statement=[[Effect=Allow]]"),
                call("jsondecode", s("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\"}]}")));
        assertEquals("error", call("jsondecode", s("{not json")));
        assertEquals(List.of("a=1"), call("jsondecode", map("a", n(1))), "jsondecode(jsonencode(x)) is x");
        assertEquals(List.of("a=1"), call("jsonencode", map("a", n(1))), "the encoded structure is kept");
    }

    @Test
    void aFunctionNotInTheLibraryIsLeftToTerraform() {
        assertFalse(Functions.isKnown("timestamp"));
        assertEquals("unknown", call("timestamp"));
    }
}
