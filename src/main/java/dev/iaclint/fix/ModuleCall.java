package dev.iaclint.fix;

import dev.iaclint.model.ReferenceNode;
import dev.iaclint.model.Resource;
import dev.iaclint.report.Finding;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one module call that gives a variable of a Terraform module its value for a finding: the
 * module is shared by other calls, so a value that comes from one of its variables is fixed in
 * the call, in the configuration that makes it. A root module's variable (set by .tfvars) and a
 * value passed by several calls or through nested calls are left to a person.
 *
 * @param file     the caller's file that declares the call
 * @param anchor   the call's block
 * @param variable the variable's name, the argument to set in the call
 */
record ModuleCall(String file, Anchor anchor, String variable) {

    private static final Pattern VARIABLE = Pattern.compile("(?:^|\\.)var\\.([A-Za-z_][A-Za-z0-9_-]*)$");

    static boolean isVariable(ReferenceNode reference) {
        return VARIABLE.matcher(reference.target()).find();
    }

    /**
     * @param setting what the variable sets, for the reasons ("key", "rotation")
     */
    static ModuleCall of(Target target, Finding finding, ReferenceNode reference, String setting) throws CannotFix {
        Matcher matcher = VARIABLE.matcher(reference.target());
        if (!matcher.find()) {
            throw new IllegalArgumentException(reference.display() + " is no variable");
        }
        String name = matcher.group(1);
        Resource resource = target.resource();
        List<String> callers = resource.deployment().callers();
        String comesFrom = finding.resource() + "'s " + setting + " comes from variable " + name;
        if (callers.isEmpty()) {
            throw new CannotFix(comesFrom + " of the root module; set it in its .tfvars or its default");
        }
        if (finding.via().size() > 1 || callers.size() > 1 || !callers.get(0).matches("module\\.[A-Za-z0-9_-]+")) {
            throw new CannotFix(comesFrom + ", passed by " + (finding.via().size() > 1
                    ? finding.via().size() + " module calls" : "nested module calls " + String.join(" > ", callers))
                    + "; set it in each call");
        }
        Anchor call = Anchor.module(callers.get(0).substring("module.".length()));
        for (String file : target.sources().terraformFilesIn(target.unit().name())) {
            if (target.sources().editor(file).declares(call)) {
                return new ModuleCall(file, call, name);
            }
        }
        throw new CannotFix(call.display() + " is not declared in a scanned file of " + target.unit().name());
    }

    /** The call's name: {@code draft} of {@code module "draft"}. */
    String module() {
        return anchor.name();
    }
}
