package dev.iaclint.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** A git repository made with JGit in a test folder, committed at the times a test says. */
public final class GitRepository implements AutoCloseable {

    private final Git git;
    private final Path folder;

    private GitRepository(Git git, Path folder) {
        this.git = git;
        this.folder = folder;
    }

    public static GitRepository init(Path folder) throws GitAPIException {
        return new GitRepository(Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call(), folder);
    }

    /** A repository made before, to commit more. */
    public static GitRepository open(Path folder) throws IOException {
        return new GitRepository(Git.open(folder.toFile()), folder);
    }

    public Path folder() {
        return folder;
    }

    public GitRepository write(String path, String text) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return this;
    }

    /** A file of the work tree, as the next commit would hold it. */
    public String read(String path) throws IOException {
        return Files.readString(folder.resolve(path));
    }

    public GitRepository delete(String path) throws IOException {
        Files.delete(folder.resolve(path));
        return this;
    }

    /** Commits every change in the work tree, authored and committed at {@code when}. */
    public RevCommit commit(String message, Instant when) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        PersonIdent who = new PersonIdent(new PersonIdent("Test", "test@example.com"), when, ZoneOffset.UTC);
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    @Override
    public void close() {
        git.close();
    }

}
