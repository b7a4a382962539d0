package dev.iaclint.parse;

import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Named documents of plain YAML nodes (mappings, sequences and scalars, with their locations) in a
 * binary form that reads back into equal nodes: reading it is a fraction of parsing the YAML again.
 */
final class NodeArchive {

    private static final int VERSION = 1;
    private static final byte SCALAR = 0;
    private static final byte MAPPING = 1;
    private static final byte SEQUENCE = 2;
    private static final byte NULL = 0;
    private static final byte RAW_TEXT = 1;
    private static final byte OTHER_TEXT = 2;
    private static final byte TRUE = 3;
    private static final byte FALSE = 4;
    private static final byte DECIMAL = 5;

    private NodeArchive() {
    }

    /** @param documents each document's root, by the file name its locations carry */
    static void write(Map<String, Node> documents, DataOutputStream out) throws IOException {
        out.writeInt(VERSION);
        out.writeInt(documents.size());
        for (Map.Entry<String, Node> document : documents.entrySet()) {
            out.writeUTF(document.getKey());
            write(document.getValue(), document.getKey(), out);
        }
    }

    static Map<String, Node> read(DataInputStream in) throws IOException {
        if (in.readInt() != VERSION) {
            throw new IOException("not a node archive of version " + VERSION);
        }
        int count = in.readInt();
        Map<String, Node> documents = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String file = in.readUTF();
            documents.put(file, read(file, in));
        }
        return documents;
    }

    private static void write(Node node, String file, DataOutputStream out) throws IOException {
        if (!node.location().file().equals(file)) {
            throw new IllegalArgumentException("a node of " + node.location().file() + " in the document " + file);
        }
        if (node instanceof ScalarNode scalar) {
            out.writeByte(SCALAR);
            write(scalar.location(), out);
            out.writeUTF(scalar.raw());
            Object value = scalar.value();
            if (value == null) {
                out.writeByte(NULL);
            } else if (value.equals(scalar.raw())) {
                out.writeByte(RAW_TEXT);
            } else if (value instanceof String text) {
                out.writeByte(OTHER_TEXT);
                out.writeUTF(text);
            } else if (value instanceof Boolean bool) {
                out.writeByte(bool ? TRUE : FALSE);
            } else if (value instanceof BigDecimal decimal) {
                out.writeByte(DECIMAL);
                out.writeUTF(decimal.toString());
            } else {
                throw new IllegalArgumentException("a scalar of " + value.getClass());
            }
        } else if (node instanceof MappingNode mapping) {
            out.writeByte(MAPPING);
            write(mapping.location(), out);
            out.writeInt(mapping.entries().size());
            for (MappingNode.Entry entry : mapping.entries()) {
                out.writeUTF(entry.key());
                write(entry.keyLocation(), out);
                write(entry.value(), file, out);
            }
        } else if (node instanceof SequenceNode sequence) {
            out.writeByte(SEQUENCE);
            write(sequence.location(), out);
            out.writeInt(sequence.items().size());
            for (Node item : sequence.items()) {
                write(item, file, out);
            }
        } else {
            throw new IllegalArgumentException("only plain YAML is archived, not " + node.getClass().getSimpleName());
        }
    }

    private static Node read(String file, DataInputStream in) throws IOException {
        byte kind = in.readByte();
        Location location = location(file, in);
        switch (kind) {
            case SCALAR -> {
                String raw = in.readUTF();
                byte type = in.readByte();
                Object value = switch (type) {
                    case NULL -> null;
                    case RAW_TEXT -> raw;
                    case OTHER_TEXT -> in.readUTF();
                    case TRUE -> Boolean.TRUE;
                    case FALSE -> Boolean.FALSE;
                    case DECIMAL -> new BigDecimal(in.readUTF());
                    default -> throw new IOException("unknown scalar type " + type);
                };
                return new ScalarNode(location, raw, value);
            }
            case MAPPING -> {
                int size = in.readInt();
                List<MappingNode.Entry> entries = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    String key = in.readUTF();
                    Location keyLocation = location(file, in);
                    entries.add(new MappingNode.Entry(key, keyLocation, read(file, in)));
                }
                return new MappingNode(location, entries);
            }
            case SEQUENCE -> {
                int size = in.readInt();
                List<Node> items = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    items.add(read(file, in));
                }
                return new SequenceNode(location, items);
            }
            default -> throw new IOException("unknown node kind " + kind);
        }
    }

    private static void write(Location location, DataOutputStream out) throws IOException {
        out.writeInt(location.line());
        out.writeInt(location.column());
        out.writeInt(location.endLine());
        out.writeInt(location.endColumn());
    }

    private static Location location(String file, DataInputStream in) throws IOException {
        return new Location(file, in.readInt(), in.readInt(), in.readInt(), in.readInt());
    }
}
