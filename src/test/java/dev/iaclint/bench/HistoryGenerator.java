package dev.iaclint.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * Makes a git repository with a history for {@code iac-lint kpi}: the synthetic repository of
 * {@link RepoGenerator} as the first commit, then commits four hours apart, each touching one
 * stack: a template's draft agent moved to the stack's key or back to the AWS-managed one (a
 * finding fixed or introduced), a Terraform stack's {@code use_cmk} flipped, or only its README.
 *
 * <p>{@code java -cp ... dev.iaclint.bench.HistoryGenerator REPO FILES COMMITS}
 */
public final class HistoryGenerator {

    static final Instant START = Instant.parse("2026-01-05T08:00:00Z");
    private static final String AWS_MANAGED = "!Sub \"arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:alias/aws/bedrock\"";

    private HistoryGenerator() {
    }

    public static void main(String[] args) throws Exception {
        generate(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
    }

    public static void generate(Path repo, int files, int commits) throws IOException, GitAPIException {
        RepoGenerator.generate(repo, files);
        int stacks;
        try (var list = Files.list(repo.resolve("stacks"))) {
            stacks = (int) list.count();
        }
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            commit(git, "the stacks", 0);
            for (int k = 1; k < commits; k++) {
                String stack = "stacks/s" + (k * 7 % stacks) + "/";
                String changed = switch (k % 3) {
                    case 0 -> toggle(repo.resolve(stack + "template.yaml"), "CustomerEncryptionKeyArn: " + AWS_MANAGED,
                            "CustomerEncryptionKeyArn: !GetAtt Key.Arn");
                    case 1 -> toggle(repo.resolve(stack + "terraform/variables.tf"), "default = true", "default = false");
                    default -> {
                        Files.writeString(repo.resolve(stack + "README.md"), "Stack notes, revision " + k + "\n");
                        yield "README.md";
                    }
                };
                git.add().addFilepattern(stack + changed).call();
                commit(git, "change " + k + " to " + stack + changed, k);
            }
        }
    }

    /** Replaces one text with the other, whichever the file holds; gives the file's path in its stack. */
    private static String toggle(Path file, String one, String other) throws IOException {
        String text = Files.readString(file);
        Files.writeString(file, text.contains(one) ? text.replace(one, other) : text.replace(other, one));
        Path stack = file.getParent().getFileName().toString().equals("terraform") ? file.getParent().getParent()
                : file.getParent();
        return stack.relativize(file).toString();
    }

    private static void commit(Git git, String message, int k) throws GitAPIException {
        PersonIdent who = new PersonIdent(new PersonIdent("Generator", "bench@example.com"),
                START.plus(Duration.ofHours(4L * k)), ZoneOffset.UTC);
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }
}
