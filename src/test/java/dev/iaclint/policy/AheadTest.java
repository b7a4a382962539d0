package dev.iaclint.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A value made once, ahead on a thread of its own or by its first reader, and what follows it. */
class AheadTest {

    @Test
    void madeOnceWhetherAheadOrByItsReaders() {
        AtomicInteger made = new AtomicInteger();
        Ahead<String> byReader = new Ahead<>("a value", () -> "v" + made.incrementAndGet());
        assertEquals("v1", byReader.get());
        assertEquals("v1", byReader.get());

        CompletableFuture<String> followed = new CompletableFuture<>();
        Ahead<String> ahead = new Ahead<>("a value", () -> "w" + made.incrementAndGet()).start("test-ahead", followed::complete);
        String read = ahead.get();
        assertEquals("w2", read);
        assertSame(read, followed.orTimeout(1, TimeUnit.MINUTES).join(), "the work after it gets the same value");
        assertEquals(2, made.get());
    }

    @Test
    void aFailureReachesTheReaderAndAFailingFollowUpDoesNot() {
        Ahead<String> failing = new Ahead<String>("a value", () -> {
            throw new IllegalArgumentException("broken");
        }).start("test-failing", value -> {
            throw new AssertionError("never runs: there is no value");
        });
        assertEquals("broken", assertThrows(IllegalArgumentException.class, failing::get).getMessage());

        CompletableFuture<Void> followUpRan = new CompletableFuture<>();
        Ahead<String> made = new Ahead<>("a value", () -> "v").start("test-follow-up", value -> {
            followUpRan.complete(null);
            throw new IllegalStateException("only a head start");
        });
        followUpRan.orTimeout(1, TimeUnit.MINUTES).join();
        assertEquals("v", made.get());
    }
}
