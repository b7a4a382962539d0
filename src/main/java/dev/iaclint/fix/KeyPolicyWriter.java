package dev.iaclint.fix;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The key policy of a new key for one Bedrock resource: the account administers the key (so it
 * can never become unmanageable), and the resource's role, or else the service principal guarded
 * against the confused deputy by {@code aws:SourceAccount} and {@code aws:SourceArn}, may use it
 * for exactly the actions its kind needs.
 */
final class KeyPolicyWriter {

    private KeyPolicyWriter() {
    }

    /**
     * @param role    the role's ARN as written beside the resource, when it has one
     * @param service the service principal that uses the key when no role is known
     * @param actions the KMS actions the resource's kind needs
     */
    static Value.Mapping policy(Optional<Value> role, String service, String sid, List<String> actions) {
        return document(List.of(statement(role, service, sid, actions)));
    }

    /** A statement id made of a name: {@code orders_agent} gives {@code OrdersAgent}. */
    static String sid(String name) {
        StringBuilder sid = new StringBuilder();
        for (String word : name.split("[^A-Za-z0-9]+")) {
            sid.append(word.isEmpty() ? "" : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return sid.toString();
    }

    /** A document of the account's administration and the given statements. */
    static Value.Mapping document(List<Value> uses) {
        Map<String, Value> admin = new LinkedHashMap<>();
        admin.put("Sid", Value.text("AccountAdministration"));
        admin.put("Effect", Value.text("Allow"));
        admin.put("Principal", new Value.Mapping(Map.of("AWS", Value.Pseudo.ACCOUNT_ROOT)));
        admin.put("Action", Value.text("kms:*"));
        admin.put("Resource", Value.text("*"));
        Map<String, Value> document = new LinkedHashMap<>();
        document.put("Version", Value.text("2012-10-17"));
        List<Value> statements = new java.util.ArrayList<>();
        statements.add(new Value.Mapping(admin));
        statements.addAll(uses);
        document.put("Statement", new Value.Sequence(statements));
        return new Value.Mapping(document);
    }

    /** The statement that lets the role, or else the guarded service, use the key for the actions. */
    static Value.Mapping statement(Optional<Value> role, String service, String sid, List<String> actions) {
        Map<String, Value> use = new LinkedHashMap<>();
        use.put("Sid", Value.text(sid));
        use.put("Effect", Value.text("Allow"));
        use.put("Principal", new Value.Mapping(role.isPresent() ? Map.of("AWS", role.get())
                : Map.of("Service", Value.text(service))));
        use.put("Action", Value.texts(actions));
        use.put("Resource", Value.text("*"));
        if (role.isEmpty()) {
            Map<String, Value> condition = new LinkedHashMap<>();
            condition.put("StringEquals", new Value.Mapping(Map.of("aws:SourceAccount", Value.Pseudo.ACCOUNT)));
            condition.put("ArnLike", new Value.Mapping(Map.of("aws:SourceArn",
                    new Value.Pseudo("arn:{partition}:" + service.substring(0, service.indexOf('.')) + ":{region}:{account}:*"))));
            use.put("Condition", new Value.Mapping(condition));
        }
        return new Value.Mapping(use);
    }
}
