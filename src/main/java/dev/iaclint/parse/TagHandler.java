package dev.iaclint.parse;

import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;

/**
 * What a format makes of YAML tags and of mappings once they are read: CloudFormation turns
 * {@code !Ref x} and {@code {"Ref": "x"}} into references; plain YAML and JSON keep them as they are.
 */
public interface TagHandler {

    TagHandler NONE = new TagHandler() {
        @Override
        public Node tagged(String tag, Node value, Location location) {
            throw new InputException(location, "unexpected YAML tag " + tag);
        }

        @Override
        public Node mapping(MappingNode mapping) {
            return mapping;
        }
    };

    /** A node written with a local tag such as {@code !Ref}. */
    Node tagged(String tag, Node value, Location location);

    /** A mapping, once read; the handler may return another node in its place. */
    Node mapping(MappingNode mapping);
}
