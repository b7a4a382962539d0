package dev.iaclint.kpi;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The history of a branch as JGit reads it from the repository's objects: no {@code git}
 * binary, no checkout. Only first parents are followed, so a merged branch counts as the one
 * commit that merged it, the way the branch itself saw the change arrive.
 */
public final class GitHistory implements AutoCloseable {

    private final Repository repository;

    private GitHistory(Repository repository) {
        this.repository = repository;
    }

    /** The repository that holds {@code path} (a work tree, or a bare git directory). */
    public static GitHistory open(Path path) throws IOException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder()
                .findGitDir(path.toAbsolutePath().normalize().toFile());
        if (builder.getGitDir() == null) {
            throw new IOException("no git repository at or above " + path);
        }
        return new GitHistory(builder.setMustExist(true).build());
    }

    public Repository repository() {
        return repository;
    }

    /** The work tree's top folder; null for a bare repository. */
    public Path workTree() {
        return repository.isBare() ? null : repository.getWorkTree().toPath().toAbsolutePath().normalize();
    }

    /** A commit of the walk, with its id for reading its tree. */
    public record Step(Revision revision, RevCommit commit) {
    }

    /**
     * The first-parent commits of {@code branch} committed at or after {@code since}, oldest
     * first. The walk stops at the first commit before {@code since}: a rebased history whose
     * dates go back and forth is cut where it first goes back past the date.
     */
    public List<Step> firstParent(String branch, Instant since) throws IOException {
        ObjectId head = repository.resolve(branch);
        if (head == null) {
            throw new IOException("no branch or commit named '" + branch + "' in " + repository.getDirectory());
        }
        List<Step> steps = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(head);
            while (commit != null && !commitTime(commit).isBefore(since)) {
                steps.add(new Step(new Revision(commit.getName(), commitTime(commit), commit.getShortMessage(),
                        commit.getParentCount() == 0), commit));
                commit = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0));
            }
        }
        Collections.reverse(steps);
        return steps;
    }

    private static Instant commitTime(RevCommit commit) {
        return commit.getCommitterIdent().getWhenAsInstant();
    }

    @Override
    public void close() {
        repository.close();
    }
}
