package dev.iaclint.plan;

import com.fasterxml.jackson.core.JsonToken;
import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.PlannedChange;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.parse.JsonNodeReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the plan loader reads of {@code terraform show -json} output, streamed: the planned
 * resources' values as located nodes, each resource's change (see {@link ChangeNodes}), the
 * {@code configuration} and the variables' values. Nothing else is built: {@code prior_state},
 * {@code output_changes}, {@code resource_drift}, {@code relevant_attributes}, {@code checks} and
 * the resources' other fields are passed over (the parser still checks them), so a plan never
 * exists in memory as a whole tree, and a resource's {@code after}, which repeats its planned
 * values, is not kept twice.
 *
 * <p>What is malformed in the plan's shape (a module or resource that is not an object) is kept
 * where it was found and reported by the loader as it walks the modules, after the whole text
 * has parsed: a syntax error anywhere comes first, and a JSON document that is no plan reports nothing.
 *
 * @param root          {@code planned_values.root_module}; empty when the plan has none
 * @param changes       each resource's change, by address; a later entry for an address wins
 * @param configuration the plan's {@code configuration}, empty when it has none
 * @param variables     each root variable whose value is a scalar (a provider's region can be one), by name
 */
record PlanDocument(Optional<PlannedModule> root, Map<String, PlannedChange> changes, MappingNode configuration,
                    Map<String, Node> variables) {

    /**
     * A module of {@code planned_values}.
     *
     * @param address   its {@code address}, null when it has none (the root) or it is not a scalar
     * @param malformed where it is written when it is not an object (then it has nothing else)
     */
    record PlannedModule(String address, Location malformed, List<PlannedResource> resources,
                         List<PlannedModule> children) {
    }

    /**
     * A resource of a planned module. Its text fields are null when absent or not scalars.
     *
     * @param malformed where it is written when it is not an object (then it has nothing else)
     * @param addressAt where its {@code address} key is written, the resource's location
     * @param values    its {@code values}; an empty mapping spanning the resource when those are not an object
     */
    record PlannedResource(Location malformed, String mode, String address, String type, Location addressAt,
                           MappingNode values) {
    }

    /** Empty when the JSON is not a plan: not an object, or without {@code format_version} or resources. */
    static Optional<PlanDocument> read(String file, String text) {
        return JsonNodeReader.stream(file, text, json -> new Reading(json).document());
    }

    /** One pass over the text. */
    private static final class Reading {

        private final JsonNodeReader json;
        private final ChangeNodes changeNodes;
        /** The planned values by address, read before the changes in Terraform's order, for the changes to share. */
        private final Map<String, MappingNode> plannedValues = new HashMap<>();
        private final Map<String, PlannedChange> changes = new HashMap<>();
        private final Map<String, Node> variables = new HashMap<>();
        private PlannedModule root;
        private MappingNode configuration;

        Reading(JsonNodeReader json) {
            this.json = json;
            this.changeNodes = new ChangeNodes(json);
            json.shareStrings();
        }

        Optional<PlanDocument> document() throws IOException {
            if (!isObject()) {
                return Optional.empty();
            }
            boolean versioned = false;
            boolean resources = false;
            String field;
            while ((field = json.nextField()) != null) {
                switch (field) {
                    case "format_version" -> {
                        versioned = true;
                        json.skip();
                    }
                    case "planned_values" -> {
                        resources = true;
                        plannedValues();
                    }
                    case "resource_changes" -> {
                        resources = true;
                        resourceChanges();
                    }
                    case "configuration" -> configuration = isObject() ? (MappingNode) json.value() : null;
                    case "variables" -> variables();
                    default -> json.skip();
                }
            }
            if (!versioned || !resources) {
                return Optional.empty();
            }
            MappingNode config = configuration != null ? configuration : new MappingNode(Location.file(json.file()), List.of());
            return Optional.of(new PlanDocument(Optional.ofNullable(root), changes, config, variables));
        }

        private void plannedValues() throws IOException {
            if (!isObject()) {
                return;
            }
            String field;
            while ((field = json.nextField()) != null) {
                if (field.equals("root_module")) {
                    root = module();
                } else {
                    json.skip();
                }
            }
        }

        private PlannedModule module() throws IOException {
            if (json.token() != JsonToken.START_OBJECT) {
                return new PlannedModule(null, json.value().location(), List.of(), List.of());
            }
            String address = null;
            List<PlannedResource> resources = new ArrayList<>();
            List<PlannedModule> children = new ArrayList<>();
            String field;
            while ((field = json.nextField()) != null) {
                switch (field) {
                    case "address" -> address = text();
                    case "resources" -> {
                        if (isArray()) {
                            while (json.nextItem()) {
                                resources.add(resource());
                            }
                        }
                    }
                    case "child_modules" -> {
                        if (isArray()) {
                            while (json.nextItem()) {
                                children.add(module());
                            }
                        }
                    }
                    default -> json.skip();
                }
            }
            return new PlannedModule(address, null, resources, children);
        }

        /** Whether the reader is on an object; passes over anything else. */
        private boolean isObject() throws IOException {
            return startsWith(JsonToken.START_OBJECT);
        }

        /** Whether the reader is on an array; passes over anything else. */
        private boolean isArray() throws IOException {
            return startsWith(JsonToken.START_ARRAY);
        }

        private boolean startsWith(JsonToken start) throws IOException {
            if (json.token() == start) {
                return true;
            }
            json.skip();
            return false;
        }

        private PlannedResource resource() throws IOException {
            if (json.token() != JsonToken.START_OBJECT) {
                return new PlannedResource(json.value().location(), null, null, null, null, null);
            }
            Location start = json.start();
            String mode = null;
            String address = null;
            String type = null;
            Location addressAt = null;
            MappingNode values = null;
            String field;
            while ((field = json.nextField()) != null) {
                switch (field) {
                    case "mode" -> mode = text();
                    case "address" -> {
                        addressAt = json.keyLocation();
                        address = text();
                    }
                    case "type" -> type = text();
                    case "values" -> values = isObject() ? (MappingNode) json.value() : null;
                    default -> json.skip();
                }
            }
            if (values == null) {
                values = new MappingNode(json.spanTo(start), List.of());
            }
            if (address != null) {
                plannedValues.putIfAbsent(address, values);
            }
            return new PlannedResource(null, mode, address, type, addressAt, values);
        }

        private void resourceChanges() throws IOException {
            if (!isArray()) {
                return;
            }
            while (json.nextItem()) {
                if (!isObject()) {
                    continue;
                }
                boolean addressed = false;
                String address = null;
                Node change = null;
                Node reason = null;
                String field;
                while ((field = json.nextField()) != null) {
                    switch (field) {
                        case "address" -> {
                            addressed = isScalar();
                            address = text();
                        }
                        case "change" -> change = changeNodes.change(address == null ? null : plannedValues.get(address));
                        case "action_reason" -> reason = changeNodes.value(null);
                        default -> json.skip();
                    }
                }
                if (addressed) {
                    changes.put(address, new PlannedChange(Optional.ofNullable(change), Optional.ofNullable(reason)));
                }
            }
        }

        /** Only what a provider's region can be read from: a variable whose value is a scalar. */
        private void variables() throws IOException {
            if (!isObject()) {
                return;
            }
            String name;
            while ((name = json.nextField()) != null) {
                if (!isObject()) {
                    continue;
                }
                String field;
                while ((field = json.nextField()) != null) {
                    if (field.equals("value") && isScalar()) {
                        variables.put(name, json.value());
                    } else {
                        json.skip();
                    }
                }
            }
        }

        private boolean isScalar() throws IOException {
            return json.token().isScalarValue();
        }

        /** The text of the scalar the reader is on (null for null); null for anything else, which is passed over. */
        private String text() throws IOException {
            if (json.token() == JsonToken.VALUE_STRING) {
                return json.text(); // not shared: addresses are unique
            }
            if (!isScalar()) {
                json.skip();
                return null;
            }
            return ((ScalarNode) json.value()).text();
        }
    }
}
