package dev.iaclint.policy;

import dev.iaclint.model.Location;
import dev.iaclint.parse.InputException;
import dev.iaclint.policy.functions.FunctionNamespaces;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.JexlInfo;
import org.apache.commons.jexl3.JexlScript;
import org.apache.commons.jexl3.introspection.JexlUberspect;
import org.apache.commons.jexl3.internal.Engine;
import org.apache.commons.jexl3.internal.Scope;
import org.apache.commons.jexl3.internal.introspection.Uberspect;
import org.apache.commons.jexl3.parser.ASTArguments;
import org.apache.commons.jexl3.parser.ASTFunctionNode;
import org.apache.commons.jexl3.parser.ASTIdentifier;
import org.apache.commons.jexl3.parser.ASTIdentifierAccess;
import org.apache.commons.jexl3.parser.ASTJexlScript;
import org.apache.commons.jexl3.parser.ASTNamespaceIdentifier;
import org.apache.commons.jexl3.parser.ASTReference;
import org.apache.commons.jexl3.parser.ASTStringLiteral;
import org.apache.commons.jexl3.parser.JexlNode;
import org.apache.commons.logging.impl.NoOpLog;

/**
 * Compiles policy expressions in a JEXL that can only read: no {@code new}, no method calls on
 * values, no loops, no assignment, no lambdas, no pragmas, and only the registered function
 * namespaces with their real function names. Everything is checked when the policy is loaded.
 */
public final class PolicySandbox {

    private static final NoOpLog QUIET = new NoOpLog();

    private static final JexlFeatures FEATURES = new JexlFeatures()
            .newInstance(false)
            .methodCall(false)
            .loops(false)
            .sideEffect(false)
            .sideEffectGlobal(false)
            .lambda(false)
            .thinArrow(false)
            .fatArrow(false)
            .localVar(false)
            .script(false)
            .pragma(false)
            .namespacePragma(false)
            .importPragma(false)
            .annotation(false)
            .register(false)
            .namespaceTest(FunctionNamespaces.ALL::containsKey);

    /**
     * The canonical fields each expression reads, by source, found in the same walk that checks
     * its functions: JEXL parses (and this engine walks) an expression once, and the policy
     * that compiles it checks the names against its kinds.
     */
    private final Map<String, Set<String>> fieldsRead = new ConcurrentHashMap<>();

    /**
     * JEXL's engine, made when first needed or ahead of time ({@link #buildingAhead}): making it
     * (JEXL's arithmetic, introspection and permissions) is a tenth of a pre-commit run's work.
     */
    private final Ahead<JexlEngine> engine = new Ahead<>("the policy sandbox", this::newEngine);

    /**
     * A sandbox whose engine is being made on a thread of its own: reading the shipped policies
     * needs the engine only once an expression is first evaluated, so it does not wait for it.
     */
    static PolicySandbox buildingAhead() {
        PolicySandbox sandbox = new PolicySandbox();
        sandbox.engine.start("iac-lint-sandbox", sandbox::firstParse);
        return sandbox;
    }

    /**
     * Parses and runs an expression of no policy's once the engine is made, on its thread: the
     * first parse initialises JEXL's parser and number formats (with their locale data) and the
     * first run its interpreter, several milliseconds the first policy evaluated would otherwise
     * pay on the scan's thread.
     */
    private void firstParse(JexlEngine made) {
        made.createScript(FEATURES, new JexlInfo("iac-lint", 1, 1), "1 + 0.5 > 1").execute(null);
    }

    private JexlEngine newEngine() {
        return new FunctionCheckingEngine(new JexlBuilder()
                .features(FEATURES)
                // The introspector made here, not by JEXL: JEXL reuses its shared one only if the
                // logger equals commons-logging's own, and asking for that one runs commons-logging's
                // discovery of a logging framework (SLF4J's service lookup, 30 classes) on every start.
                .uberspect(new Uberspect(QUIET, JexlUberspect.JEXL_STRATEGY, new SandboxPermissions()))
                .arithmetic(new SandboxArithmetic())
                .strict(true)
                .safe(true)
                .silent(false)
                .cache(256)
                // Errors reach the user as exceptions, so nothing is logged.
                .logger(QUIET));
    }

    /**
     * Compiles one expression written at {@code location}; a rejected one throws with that location.
     *
     * @param fields the canonical fields it may read
     */
    public PolicyExpression compile(String source, Location location, FieldNames fields) {
        return new PolicyExpression(source, location, () -> script(source, location, fields)).compiled();
    }

    /** An expression compiled, and checked, when it is first evaluated: for the shipped policies. */
    PolicyExpression compileOnFirstUse(String source, Location location, FieldNames fields) {
        return new PolicyExpression(source, location, () -> script(source, location, fields));
    }

    private JexlScript script(String source, Location location, FieldNames fields) {
        JexlInfo info = new JexlInfo(location.file(), 1, 1);
        try {
            JexlScript script = engine.get().createScript(FEATURES, info, source);
            fieldsRead.getOrDefault(source, Set.of()).forEach(field -> fields.check(field, location));
            return script;
        } catch (UnknownFunction e) {
            throw new InputException(location, e.getMessage());
        } catch (JexlException e) {
            // JEXL counts from the expression's first character; on a single line that maps to the file.
            JexlInfo at = e.getInfo();
            Location where = at != null && at.getLine() == 1 && !source.contains("\n")
                    ? Location.point(location.file(), location.line(), location.column() + at.getColumn() - 1) : location;
            throw new InputException(where, "invalid expression '" + source + "': " + describe(e)
                    + (at != null ? " (at column " + at.getColumn() + " of the expression)" : ""), e);
        }
    }

    /**
     * JEXL's engine, which also rejects unknown functions in every script it parses and notes the
     * canonical fields it reads: parsed once, walked once.
     */
    private final class FunctionCheckingEngine extends Engine {

        FunctionCheckingEngine(JexlBuilder builder) {
            super(builder);
        }

        @Override
        protected ASTJexlScript parse(JexlInfo info, JexlFeatures features, String source, Scope scope) {
            ASTJexlScript script = super.parse(info, features, source, scope);
            Set<String> fields = new TreeSet<>();
            walk(script, fields);
            fieldsRead.put(source, fields);
            return script;
        }
    }

    /** A call to a function that no namespace has, found while parsing; the caller adds the location. */
    private static final class UnknownFunction extends RuntimeException {

        UnknownFunction(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Checks every function call and collects the canonical fields read: {@code fields.x}, and
     * the literal arguments of namespaced functions, whose string arguments all name a field (or
     * several, separated by commas, as {@code store:key('sourceBucket, trainingData')}, or one inside
     * brackets, as {@code store:key('vectorBucket[vectorIndexName]')}).
     */
    private static void walk(JexlNode node, Set<String> fields) {
        if (node instanceof ASTFunctionNode call && call.jjtGetNumChildren() == 2) {
            JexlNode name = call.jjtGetChild(0);
            ASTArguments args = call.jjtGetChild(1) instanceof ASTArguments a ? a : null;
            int arity = args == null ? 0 : args.jjtGetNumChildren();
            if (name instanceof ASTNamespaceIdentifier qualified) {
                checkNamespaced(qualified.getNamespace(), qualified.getName(), arity);
                for (int i = 0; i < arity; i++) {
                    if (args.jjtGetChild(i) instanceof ASTStringLiteral field) {
                        for (String listed : field.getLiteral().split("[,\\[\\]]")) {
                            if (!listed.isBlank()) {
                                fields.add(listed.strip());
                            }
                        }
                    }
                }
            } else if (name instanceof ASTIdentifier plain) {
                throw new UnknownFunction("unknown function " + plain.getName()
                        + "(); functions are called through a namespace, such as kms:key('encryptionKey')");
            }
        }
        if (node instanceof ASTReference reference && reference.jjtGetNumChildren() >= 2
                && reference.jjtGetChild(0) instanceof ASTIdentifier root && root.getName().equals("fields")
                && reference.jjtGetChild(1) instanceof ASTIdentifierAccess field) {
            fields.add(field.getName());
        }
        for (int i = 0; i < node.jjtGetNumChildren(); i++) {
            walk(node.jjtGetChild(i), fields);
        }
    }

    private static void checkNamespaced(String namespace, String function, int arity) {
        Class<?> functions = FunctionNamespaces.ALL.get(namespace);
        if (functions == null) {
            throw new UnknownFunction("unknown function namespace '" + namespace + "'; known: "
                    + String.join(", ", FunctionNamespaces.ALL.keySet()));
        }
        for (Method method : functions.getMethods()) {
            if (method.getName().equals(function) && method.getParameterCount() == arity
                    && method.getDeclaringClass() == functions && !Modifier.isStatic(method.getModifiers())) {
                return;
            }
        }
        throw new UnknownFunction("unknown function " + namespace + ":" + function + " with " + arity
                + " argument(s)");
    }

    private static String describe(JexlException e) {
        String message = e.getMessage();
        int detail = message == null ? -1 : message.indexOf(' ');
        return detail < 0 ? String.valueOf(message) : message.substring(detail + 1);
    }
}
