package dev.iaclint.policy.functions;

import java.util.Map;

/**
 * The function namespaces policies may call, such as {@code kms:key('encryptionKey')}. Each class
 * has a public constructor taking the {@link dev.iaclint.policy.ResourceScope}; its public
 * instance methods are the functions. They are pure functions of the model.
 */
public final class FunctionNamespaces {

    public static final Map<String, Class<?>> ALL = Map.of("kms", KmsFunctions.class, "iam", IamFunctions.class, "tags", TagsFunctions.class,
            "store", StoreFunctions.class, "audit", AuditFunctions.class);

    private FunctionNamespaces() {
    }
}
