package dev.iaclint.terraform.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.model.Location;
import dev.iaclint.parse.InputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class HclParserTest {

    /** The value of an attribute whose value is {@code text}, parsed as a file is. */
    private static Expr expr(String text) {
        return HclParser.parse("t.tf", "x = " + text + (text.endsWith("\n") ? "" : "\n")).attributes().get(0).value();
    }

    @Test
    void attributesAndBlocksKeepTheirSpans() {
        Body body = HclParser.parse("t.tf", "resource \"aws_kms_key\" \"k\" {\n  enable_key_rotation = true\n}\n");
        Body.Block block = body.blocks().get(0);
        assertEquals(List.of("aws_kms_key", "k"), block.labels());
        assertEquals(new Location("t.tf", 1, 1, 3, 2), block.span());
        Body.Attribute attribute = block.body().attributes().get(0);
        assertEquals(new Location("t.tf", 2, 3, 2, 22), attribute.nameSpan());
        assertEquals(new Location("t.tf", 2, 25, 2, 29), attribute.value().span());
    }

    @Test
    void operatorsFollowTheSpecsPrecedence() {
        Expr.Binary or = assertInstanceOf(Expr.Binary.class, expr("a || b && c == d + e * f"));
        assertEquals("||", or.operator());
        Expr.Binary and = assertInstanceOf(Expr.Binary.class, or.right());
        assertEquals("&&", and.operator());
        Expr.Binary equals = assertInstanceOf(Expr.Binary.class, and.right());
        assertEquals("==", equals.operator());
        Expr.Binary plus = assertInstanceOf(Expr.Binary.class, equals.right());
        assertEquals("+", plus.operator());
        assertEquals("*", assertInstanceOf(Expr.Binary.class, plus.right()).operator());
        Expr.Conditional nested = assertInstanceOf(Expr.Conditional.class, expr("a ? b : c ? d : e"));
        assertInstanceOf(Expr.Conditional.class, nested.whenFalse());
    }

    @Test
    void conditionalsKeepBothBranchesAndCallsStayCalls() {
        Expr.Conditional conditional = assertInstanceOf(Expr.Conditional.class,
                expr("var.use_cmk ? aws_kms_key.k.arn : null"));
        assertInstanceOf(Expr.Traversal.class, conditional.whenTrue());
        assertEquals(null, assertInstanceOf(Expr.Literal.class, conditional.whenFalse()).value());
        Expr.Call merge = assertInstanceOf(Expr.Call.class, expr("merge(local.tags, { Name = \"x\" })"));
        assertEquals("merge", merge.name());
        assertEquals(2, merge.arguments().size());
    }

    @Test
    void templatesStripAndHeredocsDedent() {
        Expr.Template template = assertInstanceOf(Expr.Template.class, expr("\"a  ${~ x ~}  b\""));
        assertEquals("a", ((Expr.Literal) template.parts().get(0)).value());
        assertEquals("b", ((Expr.Literal) template.parts().get(2)).value());
        Expr.Literal heredoc = assertInstanceOf(Expr.Literal.class, expr("<<-EOT\n    one\n      two\n    EOT\n"));
        assertEquals("one\n  two\n", heredoc.value());
    }

    /** Go's white space, as HCL trims the closing line: a hostile file cannot hide blocks in a heredoc. */
    @Test
    void heredocsEndWhereHashicorpsScannerEndsThem() {
        for (String space : List.of("\u00a0", "\u0085", "\u2003", "\u3000")) {
            Body body = HclParser.parse("t.tf", "x = <<EOT\nhello\n" + space + "EOT" + space
                    + "\n\nresource \"aws_kms_key\" \"k\" {\n}\n");
            assertEquals("hello\n", ((Expr.Literal) body.attributes().get(0).value()).value(), "U+" + (int) space.charAt(0));
            assertEquals(List.of("aws_kms_key", "k"), body.blocks().get(0).labels());
        }
        // Java trims U+001C..U+001F, Go does not: that line is content for both.
        assertThrows(InputException.class, () -> HclParser.parse("t.tf", "x = <<EOT\nEOT\u001f\n"));
    }

    @Test
    void errorsNameLineColumnAndWhatWasExpected() {
        InputException e = assertThrows(InputException.class,
                () -> HclParser.parse("t.tf", "resource \"a\" \"b\" {\n  x 1\n}\n"));
        assertEquals(new Location("t.tf", 2, 5, 2, 5), e.location());
        assertTrue(e.getMessage().contains("expected '=' or a block body after \"x\", found '1'"), e.getMessage());
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        String deep = "x = " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        InputException e = assertThrows(InputException.class, () -> HclParser.parse("t.tf", deep));
        assertTrue(e.getMessage().contains("nesting deeper than"), e.getMessage());
    }
}
