package dev.iaclint.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a report in one output format. */
public interface Renderer {

    void render(Report report, Writer out) throws IOException;
}
