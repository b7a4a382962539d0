package dev.iaclint.terraform;

import dev.iaclint.model.ExpressionNode;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.model.UnknownNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * How the aws provider layers an {@code aws_iam_policy_document} on others: the statements of
 * {@code source_policy_documents} first, then the document's own statements, then those of
 * {@code override_policy_documents}, each in order; a statement with a non-blank {@code sid}
 * replaces, in place, an earlier statement with the same sid, any other is appended. So a
 * wildcard principal in a base document is in the document the key gets.
 */
final class PolicyDocumentLayers {

    /** The function of the expression {@link PolicyDocuments#render} leaves for the unit to merge. */
    static final String FUNCTION = "aws_iam_policy_document layers";

    private PolicyDocumentLayers() {
    }

    /**
     * @param layers  arguments: the list of source documents, the document itself, the list of override documents
     * @param resolve the unit's resolution, which renders the documents the lists name
     * @return the merged document; unknown when a layer or a sid is known only at plan time
     */
    static Node merge(ExpressionNode layers, UnaryOperator<Node> resolve) {
        List<Node> documents = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Node layer = resolve.apply(layers.arguments().get(i));
            if (i == 1) {
                documents.add(layer);
            } else if (layer instanceof SequenceNode list) {
                list.items().forEach(document -> documents.add(resolve.apply(document)));
            } else if (!(layer instanceof ScalarNode scalar && scalar.isNull())) {
                return unknown(layers);
            }
        }
        List<Node> statements = new ArrayList<>();
        List<String> sids = new ArrayList<>();
        for (Node document : documents) {
            Optional<List<Node>> layer = statements(document, resolve);
            if (layer.isEmpty()) {
                return unknown(layers);
            }
            for (Node statement : layer.get()) {
                Optional<String> sid = sid(statement, resolve);
                if (sid == null) {
                    return unknown(layers);
                }
                int same = sid.map(sids::indexOf).orElse(-1);
                if (same >= 0) {
                    statements.set(same, statement);
                } else {
                    statements.add(statement);
                    sids.add(sid.orElse(null));
                }
            }
        }
        MappingNode own = (MappingNode) layers.arguments().get(1);
        List<MappingNode.Entry> merged = new ArrayList<>();
        own.entries().forEach(entry -> merged.add(entry.key().equals("Statement")
                ? new MappingNode.Entry("Statement", entry.keyLocation(), new SequenceNode(own.location(), statements))
                : entry));
        return new MappingNode(own.location(), merged);
    }

    /** A document's statements (one statement may stand alone), or empty when it is not known. */
    private static Optional<List<Node>> statements(Node document, UnaryOperator<Node> resolve) {
        if (!(document instanceof MappingNode mapping)) {
            return Optional.empty();
        }
        Optional<Node> statement = mapping.get("Statement").map(resolve);
        if (statement.isEmpty()) {
            return Optional.of(List.of());
        }
        if (statement.get() instanceof SequenceNode list) {
            List<Node> items = new ArrayList<>();
            list.items().forEach(item -> items.add(resolve.apply(item)));
            return Optional.of(items);
        }
        return statement.get() instanceof MappingNode single ? Optional.of(List.of(single)) : Optional.empty();
    }

    /** The statement's sid, empty when blank or absent; null when it is not known here. */
    private static Optional<String> sid(Node statement, UnaryOperator<Node> resolve) {
        if (!(statement instanceof MappingNode mapping)) {
            return null;
        }
        Optional<Node> sid = mapping.get("Sid").map(resolve);
        if (sid.isEmpty() || sid.get() instanceof ScalarNode scalar && (scalar.isNull() || "".equals(scalar.text()))) {
            return Optional.empty();
        }
        return sid.get() instanceof ScalarNode scalar ? Optional.of(scalar.text()) : null;
    }

    private static Node unknown(ExpressionNode layers) {
        return new UnknownNode(layers.location(),
                "a policy document layered on documents known only when Terraform runs");
    }
}
