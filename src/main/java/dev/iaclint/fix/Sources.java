package dev.iaclint.fix;

import dev.iaclint.load.InputFile;
import dev.iaclint.parse.InputException;
import dev.iaclint.parse.SourceText;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The scanned files as fixes see them: only a file of the scanned tree can be edited (a
 * downloaded module or a file outside it never is), each read once, with one editor per file.
 */
final class Sources {

    private final Map<String, InputFile> files = new LinkedHashMap<>();
    private final Map<String, FileText> texts = new HashMap<>();
    private final Map<String, SourceEditor> editors = new HashMap<>();

    Sources(List<InputFile> scanned) {
        scanned.forEach(f -> files.put(f.display(), f));
    }

    FileText text(String display) throws CannotFix {
        FileText text = texts.get(display);
        if (text == null) {
            InputFile file = files.get(display);
            if (file == null) {
                throw new CannotFix(display + " is not in the scanned tree; fix it where it is maintained");
            }
            try {
                text = new FileText(display, SourceText.read(file.path(), display));
            } catch (InputException e) {
                throw new CannotFix(display + " cannot be read: " + e.getMessage());
            }
            texts.put(display, text);
        }
        return text;
    }

    SourceEditor editor(String display) throws CannotFix {
        SourceEditor editor = editors.get(display);
        if (editor == null) {
            FileText text = text(display);
            editor = display.endsWith(".tf") ? new HclEditor(text, moduleText(display)) : TemplateEditor.of(text);
            editors.put(display, editor);
        }
        return editor;
    }

    /** The texts of the .tf files beside a file (its module), to see which names are taken. */
    private String moduleText(String display) throws CannotFix {
        Path folder = files.get(display).path().toAbsolutePath().getParent();
        StringBuilder all = new StringBuilder();
        for (InputFile file : files.values()) {
            if (file.display().endsWith(".tf") && Objects.equals(file.path().toAbsolutePath().getParent(), folder)) {
                all.append(text(file.display()).text()).append('\n');
            }
        }
        return all.toString();
    }

    /** The text a location of a scanned file covers, to copy an expression as written. */
    String textOf(dev.iaclint.model.Location location) throws CannotFix {
        FileText text = text(location.file());
        return text.text().substring(text.offset(location.line(), location.column()),
                text.offset(location.endLine(), location.endColumn()));
    }

    /** The scanned .tf files directly in a folder (as reports name it), in name order. */
    List<String> terraformFilesIn(String folder) {
        String wanted = folderName(folder);
        return files.keySet().stream().filter(display -> display.endsWith(".tf"))
                .filter(display -> folderName(display.contains("/") ? display.substring(0, display.lastIndexOf('/')) : "")
                        .equals(wanted))
                .sorted().toList();
    }

    /** A folder as reports name it, one way: {@code ./a/} and {@code a} are {@code a}, {@code .} is empty. */
    private static String folderName(String folder) {
        String name = folder.replace('\\', '/');
        while (name.startsWith("./")) {
            name = name.substring(2);
        }
        while (name.endsWith("/")) {
            name = name.substring(0, name.length() - 1);
        }
        return name.equals(".") ? "" : name;
    }

    /** The original text of every file read so far, by name. */
    Map<String, FileText> read() {
        return texts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
