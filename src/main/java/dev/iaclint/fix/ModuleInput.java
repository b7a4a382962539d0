package dev.iaclint.fix;

import dev.iaclint.kinds.Kind;
import dev.iaclint.model.ReferenceNode;
import dev.iaclint.model.Resource;
import dev.iaclint.report.Finding;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Terraform resource whose key is a variable of its module: the module itself is shared by
 * other calls, so the fix goes into the one module call that leaves the key out, in the
 * configuration that makes it: the caller's key of the same workload, or a new key beside the
 * call.
 */
final class ModuleInput {

    private static final Pattern VARIABLE = Pattern.compile("(?:^|\\.)var\\.([A-Za-z_][A-Za-z0-9_-]*)$");

    private final Target target;
    private final Kind kind;
    private final ReferenceNode reference;

    ModuleInput(Target target, Kind kind, ReferenceNode reference) {
        this.target = target;
        this.kind = kind;
        this.reference = reference;
    }

    static boolean isVariable(ReferenceNode reference) {
        return VARIABLE.matcher(reference.target()).find();
    }

    Fix fix(Finding finding) throws CannotFix {
        Resource resource = target.resource();
        Matcher variable = VARIABLE.matcher(reference.target());
        if (!variable.find()) {
            throw new IllegalArgumentException(reference.display());
        }
        String name = variable.group(1);
        List<String> callers = resource.deployment().callers();
        if (callers.isEmpty()) {
            throw new CannotFix(finding.resource() + "'s key comes from variable " + name + " of the root module; "
                    + "give it a customer-managed key's ARN in its .tfvars or default");
        }
        if (finding.via().size() > 1 || callers.size() > 1 || !callers.get(0).matches("module\\.[A-Za-z0-9_-]+")) {
            throw new CannotFix(finding.resource() + "'s key comes from variable " + name + ", passed by "
                    + (finding.via().size() > 1 ? finding.via().size() + " module calls" : "nested module calls "
                    + String.join(" > ", callers)) + "; pass a customer-managed key's ARN in each call");
        }
        String module = callers.get(0).substring("module.".length());
        Anchor call = Anchor.module(module);
        String file = callerFile(call);
        SourceEditor editor = target.sources().editor(file);
        List<String> rootFiles = target.sources().terraformFilesIn(target.unit().name());
        CustomerManagedKeyFixer.Place place = new CustomerManagedKeyFixer.Place(file, call, name,
                key -> !key.address().startsWith("module.") && rootFiles.contains(key.location().file()), true,
                module + "_key", "; passed as " + name + " in module \"" + module + "\"");
        return CustomerManagedKeyFixer.wire(finding, target, kind, editor, place);
    }

    /** The file of the root module that declares the call. */
    private String callerFile(Anchor call) throws CannotFix {
        for (String file : target.sources().terraformFilesIn(target.unit().name())) {
            if (target.sources().editor(file).declares(call)) {
                return file;
            }
        }
        throw new CannotFix(call.display() + " is not declared in a scanned file of " + target.unit().name());
    }
}
