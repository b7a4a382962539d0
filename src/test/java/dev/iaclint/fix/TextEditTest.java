package dev.iaclint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Edits of the original text: applied at their offsets, and which edits of two fixes conflict. */
class TextEditTest {

    @Test
    void editsApplyToTheOriginalTextWhateverTheirOrder() {
        FileText text = new FileText("f", "a: 1\nb: 2\n");

        String edited = text.apply(List.of(new TextEdit(8, 9, "3"), TextEdit.insert(5, "c: 0\n"), new TextEdit(3, 4, "9")));

        assertEquals("a: 9\nc: 0\nb: 3\n", edited);
    }

    @Test
    void theSameEditTwiceIsAppliedOnce() {
        FileText text = new FileText("f", "x\n");
        TextEdit data = TextEdit.insert(2, "data \"aws_partition\" \"current\" {}\n");

        assertEquals("x\ndata \"aws_partition\" \"current\" {}\n", text.apply(List.of(data, data)));
        assertFalse(data.overlaps(data));
    }

    @Test
    void twoFixesConflictWhenTheyChangeOneSpan() {
        assertTrue(new TextEdit(3, 6, "a").overlaps(new TextEdit(5, 8, "b")));
        assertTrue(TextEdit.insert(4, "a").overlaps(new TextEdit(3, 6, "b")));
        assertFalse(new TextEdit(3, 4, "a").overlaps(new TextEdit(4, 6, "b")));
        assertFalse(TextEdit.insert(4, "tags").overlaps(TextEdit.insert(4, "key")));
    }

    @Test
    void ofInsertionsAtOnePointTheDeeperContinuesTheBlockBeforeIt() {
        FileText text = new FileText("f", "R:\n  T:\n    - a\nS: 1\n");
        TextEdit newResource = TextEdit.insert(16, "\nK:\n  Type: key\n");
        TextEdit tag = TextEdit.insert(16, "    - b\n");

        assertEquals("R:\n  T:\n    - a\n    - b\n\nK:\n  Type: key\nS: 1\n", text.apply(List.of(newResource, tag)));
    }
}
