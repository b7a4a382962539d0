package dev.iaclint.plan;

import com.fasterxml.jackson.core.JsonToken;
import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.parse.JsonNodeReader;
import dev.iaclint.parse.SharedValues;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the nodes of what a plan says about a resource's change ({@code resource_changes[].change},
 * {@code action_reason}), which policies read as {@code change}: plain values, in which only a
 * mapping keeps its place (a policy's {@code at:} can point at one). So mappings and lists keep
 * theirs, while scalars and keys share one place, the file; and where {@code before} or
 * {@code after} repeats the resource's planned values (for {@code after}, nearly always), the
 * planned value's node is used, its entries too, so the repetition costs no copy. A change
 * then takes little more than its mappings, where a located tree took more than its
 * planned values.
 */
final class ChangeNodes {

    private final JsonNodeReader json;
    private final Location nowhere;
    private final ScalarNode yes;
    private final ScalarNode no;
    private final ScalarNode nothing;
    /** Short strings repeat across resources ({@code create}, {@code replace_because_cannot_update}). */
    private final SharedValues<ScalarNode> strings;

    ChangeNodes(JsonNodeReader json) {
        this.json = json;
        this.nowhere = Location.file(json.file());
        this.yes = new ScalarNode(nowhere, "true", Boolean.TRUE);
        this.no = new ScalarNode(nowhere, "false", Boolean.FALSE);
        this.nothing = ScalarNode.ofNull(nowhere);
        this.strings = new SharedValues<>(64, 4096, text -> ScalarNode.ofString(nowhere, text));
    }

    /**
     * The value the reader is on, a resource's {@code change}; its {@code before} and
     * {@code after} take what they repeat from {@code planned}.
     *
     * @param planned the resource's planned values, or null when the plan has none before this change
     */
    Node change(MappingNode planned) throws IOException {
        if (json.token() != JsonToken.START_OBJECT) {
            return value(null);
        }
        Location start = json.start();
        List<MappingNode.Entry> entries = new ArrayList<>();
        String key;
        while ((key = json.nextField()) != null) {
            boolean repeatsPlanned = key.equals("after") || key.equals("before");
            entries.add(new MappingNode.Entry(key, nowhere, value(repeatsPlanned ? planned : null)));
        }
        return new MappingNode(json.spanTo(start), entries);
    }

    /** The value the reader is on; where it equals {@code twin}, twin's nodes stand for it. */
    Node value(Node twin) throws IOException {
        return switch (json.token()) {
            case START_OBJECT -> mapping(twin instanceof MappingNode m ? m : null);
            case START_ARRAY -> sequence(twin instanceof SequenceNode s ? s : null);
            default -> twin instanceof ScalarNode planned && sameScalar(planned) ? planned : scalar();
        };
    }

    /** Twins are compared entry by entry in order: Terraform writes the attributes of both sorted by name. */
    private MappingNode mapping(MappingNode twin) throws IOException {
        Location start = json.start();
        List<MappingNode.Entry> entries = new ArrayList<>();
        List<MappingNode.Entry> twins = twin == null ? List.of() : twin.entries();
        boolean same = twin != null;
        String key;
        while ((key = json.nextField()) != null) {
            int i = entries.size();
            MappingNode.Entry other = i < twins.size() && twins.get(i).key().equals(key) ? twins.get(i) : null;
            Node value = value(other == null ? null : other.value());
            if (other != null && value == other.value()) {
                entries.add(other);
            } else {
                entries.add(new MappingNode.Entry(key, nowhere, value));
                same = false;
            }
        }
        return new MappingNode(json.spanTo(start), same && entries.size() == twins.size() ? twins : entries);
    }

    private SequenceNode sequence(SequenceNode twin) throws IOException {
        Location start = json.start();
        List<Node> items = new ArrayList<>();
        List<Node> twins = twin == null ? List.of() : twin.items();
        boolean same = twin != null;
        while (json.nextItem()) {
            int i = items.size();
            Node item = value(i < twins.size() ? twins.get(i) : null);
            same &= i < twins.size() && item == twins.get(i);
            items.add(item);
        }
        return new SequenceNode(json.spanTo(start), same && items.size() == twins.size() ? twins : items);
    }

    /** Whether the scalar the reader is on is {@code planned}'s value, as written. */
    private boolean sameScalar(ScalarNode planned) throws IOException {
        return switch (json.token()) {
            case VALUE_TRUE -> Boolean.TRUE.equals(planned.value());
            case VALUE_FALSE -> Boolean.FALSE.equals(planned.value());
            case VALUE_NULL -> planned.isNull();
            case VALUE_STRING -> planned.value() instanceof String && planned.raw().equals(json.text());
            default -> planned.value() instanceof BigDecimal && planned.raw().equals(json.text());
        };
    }

    private ScalarNode scalar() throws IOException {
        return switch (json.token()) {
            case VALUE_TRUE -> yes;
            case VALUE_FALSE -> no;
            case VALUE_NULL -> nothing;
            case VALUE_STRING -> strings.of(json.text());
            default -> new ScalarNode(nowhere, json.text(), json.scalarValue());
        };
    }
}
