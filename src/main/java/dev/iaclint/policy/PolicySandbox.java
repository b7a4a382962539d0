package dev.iaclint.policy;

import dev.iaclint.model.Location;
import dev.iaclint.parse.InputException;
import dev.iaclint.policy.functions.FunctionNamespaces;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.JexlInfo;
import org.apache.commons.jexl3.JexlScript;
import org.apache.commons.jexl3.parser.ASTArguments;
import org.apache.commons.jexl3.parser.ASTFunctionNode;
import org.apache.commons.jexl3.parser.ASTIdentifier;
import org.apache.commons.jexl3.parser.ASTNamespaceIdentifier;
import org.apache.commons.jexl3.parser.JexlNode;
import org.apache.commons.jexl3.parser.Parser;

/**
 * Compiles policy expressions in a JEXL that can only read: no {@code new}, no method calls on
 * values, no loops, no assignment, no lambdas, no pragmas, and only the registered function
 * namespaces with their real function names. Everything is checked when the policy is loaded.
 */
public final class PolicySandbox {

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

    private final JexlEngine engine = new JexlBuilder()
            .features(FEATURES)
            .permissions(new SandboxPermissions())
            .arithmetic(new SandboxArithmetic())
            .strict(true)
            .safe(true)
            .silent(false)
            .cache(256)
            .create();

    /** Compiles one expression written at {@code location}; a rejected one throws with that location. */
    public PolicyExpression compile(String source, Location location) {
        return new PolicyExpression(source, location, () -> script(source, location)).compiled();
    }

    /** An expression compiled, and checked, when it is first evaluated: for the shipped policies. */
    PolicyExpression compileOnFirstUse(String source, Location location) {
        return new PolicyExpression(source, location, () -> script(source, location));
    }

    private JexlScript script(String source, Location location) {
        JexlInfo info = new JexlInfo(location.file(), 1, 1);
        try {
            checkFunctions(new Parser(source).parse(info, FEATURES, source, null), location);
            return engine.createScript(FEATURES, info, source);
        } catch (JexlException e) {
            // JEXL counts from the expression's first character; on a single line that maps to the file.
            JexlInfo at = e.getInfo();
            Location where = at != null && at.getLine() == 1 && !source.contains("\n")
                    ? Location.point(location.file(), location.line(), location.column() + at.getColumn() - 1) : location;
            throw new InputException(where, "invalid expression '" + source + "': " + describe(e)
                    + (at != null ? " (at column " + at.getColumn() + " of the expression)" : ""), e);
        }
    }

    private static void checkFunctions(JexlNode node, Location location) {
        if (node instanceof ASTFunctionNode call && call.jjtGetNumChildren() == 2) {
            JexlNode name = call.jjtGetChild(0);
            int arity = call.jjtGetChild(1) instanceof ASTArguments args ? args.jjtGetNumChildren() : 0;
            if (name instanceof ASTNamespaceIdentifier qualified) {
                checkNamespaced(qualified.getNamespace(), qualified.getName(), arity, location);
            } else if (name instanceof ASTIdentifier plain) {
                throw new InputException(location, "unknown function " + plain.getName()
                        + "(); functions are called through a namespace, such as kms:key('encryptionKey')");
            }
        }
        for (int i = 0; i < node.jjtGetNumChildren(); i++) {
            checkFunctions(node.jjtGetChild(i), location);
        }
    }

    private static void checkNamespaced(String namespace, String function, int arity, Location location) {
        Class<?> functions = FunctionNamespaces.ALL.get(namespace);
        if (functions == null) {
            throw new InputException(location, "unknown function namespace '" + namespace + "'; known: "
                    + String.join(", ", FunctionNamespaces.ALL.keySet()));
        }
        for (Method method : functions.getMethods()) {
            if (method.getName().equals(function) && method.getParameterCount() == arity
                    && method.getDeclaringClass() == functions && !Modifier.isStatic(method.getModifiers())) {
                return;
            }
        }
        throw new InputException(location, "unknown function " + namespace + ":" + function + " with " + arity
                + " argument(s)");
    }

    private static String describe(JexlException e) {
        String message = e.getMessage();
        int detail = message == null ? -1 : message.indexOf(' ');
        return detail < 0 ? String.valueOf(message) : message.substring(detail + 1);
    }
}
