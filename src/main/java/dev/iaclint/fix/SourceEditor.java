package dev.iaclint.fix;

import java.util.List;

/**
 * Edits one source file's text at the places its parser located, in the file's own syntax:
 * nothing outside the edits changes, so formatting, comments, key order and quoting stay.
 */
interface SourceEditor {

    /**
     * Sets a setting of the block at a dot-separated native path ({@code Properties} of a
     * CloudFormation resource are implied; a Terraform nested block is a step): the value written
     * there is replaced, or the missing keys are added.
     */
    List<TextEdit> set(Anchor anchor, String path, Value value) throws CannotFix;

    /** Adds entries to a mapping the file writes literally, located by the loader (a key policy statement). */
    List<TextEdit> addTo(dev.iaclint.model.MappingNode mapping, java.util.Map<String, Value> entries) throws CannotFix;

    /** Appends an item to a list the file writes literally, located by the loader (a key policy's statements). */
    List<TextEdit> append(dev.iaclint.model.SequenceNode sequence, Value item) throws CannotFix;

    /** Keeps the resource when it is deleted from the code or replaced: DeletionPolicy and UpdateReplacePolicy Retain, or prevent_destroy. */
    List<TextEdit> protectFromDeletion(Anchor anchor) throws CannotFix;

    /** Adds a key right after the block. */
    List<TextEdit> addKey(Anchor nextTo, NewKey key) throws CannotFix;

    /** How a key of this file is named, to refer to it. */
    Anchor keyAnchor(String name);

    /** A name for a new block that no block of the file has yet: {@code wanted}, else with a number. */
    String freeName(String wanted);

    /** A comment on the line above the block, where the syntax has comments (nothing otherwise). */
    List<TextEdit> comment(Anchor anchor, String text) throws CannotFix;

    /** Whether the file declares the block. */
    boolean declares(Anchor anchor);

    /** Whether the syntax has comments, where a fix can say what it did. */
    boolean hasComments();
}
