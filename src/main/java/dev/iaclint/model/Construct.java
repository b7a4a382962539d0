package dev.iaclint.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The CDK construct that synthesized a resource, so a finding names what the user wrote rather
 * than a generated logical id.
 *
 * @param stack the stack, as {@code cdk synth} names it ({@code Assistant}, {@code Prod/Assistant})
 * @param path  the construct's path inside the stack ({@code PlainAgent}), without the
 *              {@code Resource} or {@code Default} child that an L2 construct wraps its L1 in
 */
public record Construct(String stack, String path) {

    /** Longer than any construct path a real app makes. */
    private static final int MAX_LENGTH = 512;

    /**
     * Reads the {@code aws:cdk:path} metadata CDK writes on every resource.
     *
     * @param stacks the stacks the cloud assembly's manifest names (the longest that the path lies
     *               in is the stack); none outside an assembly, when the path's first segment is
     *               taken, which is the stack of a stack outside any stage
     */
    public static Optional<Construct> fromCdkPath(String cdkPath, List<String> stacks) {
        if (cdkPath == null || cdkPath.isBlank()) {
            return Optional.empty();
        }
        String path = withoutL1Wrapper(printable(cdkPath.strip()));
        String name = stacks.stream().map(Construct::printable).filter(s -> path.startsWith(s + "/"))
                .max(Comparator.comparingInt(String::length))
                .orElse(path.contains("/") ? path.substring(0, path.indexOf('/')) : path);
        String inside = path.length() > name.length() && path.startsWith(name + "/") ? path.substring(name.length() + 1) : path;
        return Optional.of(new Construct(name, inside));
    }

    private static String withoutL1Wrapper(String path) {
        for (String wrapper : new String[] {"/Resource", "/Default"}) {
            if (path.endsWith(wrapper)) {
                return path.substring(0, path.length() - wrapper.length());
            }
        }
        return path;
    }

    /**
     * The path as reports may echo it: it comes from the scanned file, so a line break in it must
     * not start a line of its own in a CI log (where {@code ::error} is a command), and its length is bounded.
     */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(MAX_LENGTH).forEach(c -> {
            boolean control = Character.isISOControl(c) || c == 0x2028 || c == 0x2029;
            out.appendCodePoint(control ? '?' : c);
        });
        return text.codePointCount(0, text.length()) > MAX_LENGTH ? out + "..." : out.toString();
    }

    /** The full path, as {@code cdk} commands and the CDK console show it: {@code Assistant/PlainAgent}. */
    public String fullPath() {
        return stack + "/" + path;
    }
}
