package dev.iaclint.report;

import dev.iaclint.scan.ScanResult;
import java.io.IOException;
import java.io.Writer;

/** Writes a scan's outcome in one output format. */
public interface Renderer {

    void render(ScanResult result, Writer out) throws IOException;
}
