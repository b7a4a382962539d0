package dev.iaclint.terraform;

import dev.iaclint.terraform.syntax.Body;
import java.util.List;

/** One file of a module folder: its name as reported, its syntax (null when unreadable) and lines. */
record ParsedFile(String display, Body body, List<String> lines) {
}
