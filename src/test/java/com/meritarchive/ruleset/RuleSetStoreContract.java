package com.meritarchive.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

/**
 * What every rule-set store promises ({@link RuleSetStore}), run against each of them: versions by
 * content, every publication remembered across a restart, and the pointer moved only over the
 * state the publisher read.
 */
abstract class RuleSetStoreContract {

    /** The store under test, as a service starting on its data would open it. */
    abstract RuleSetStore open();

    static RuleSetFiles files(String text) {
        return new RuleSetFiles(new TreeMap<>(Map.of("a.drl", text.getBytes(), "b.drl", "rule b".getBytes())));
    }

    static RuleSetVersion save(RuleSetStore store, String text) {
        return store.save(files(text), "author", Map.of());
    }

    @Test
    void shouldRememberEveryActivationAfterAnotherVersionIsActiveAndAfterARestart() {
        RuleSetStore store = open();
        RuleSetVersion first = save(store, "first");
        RuleSetVersion second = save(store, "second");
        RuleSetVersion never = save(store, "never");

        store.markActive(first, 0, "admin");
        store.markActive(second, 1, "admin");

        RuleSetStore restarted = open();
        assertThat(restarted.wasPublished(first.sha256())).isTrue();
        assertThat(restarted.wasPublished(second.sha256())).isTrue();
        assertThat(restarted.wasPublished(never.sha256())).isFalse();
        assertThat(restarted.publications()).extracting(RuleSetStore.Publication::id).containsExactly(first.id(), second.id());
        assertThat(restarted.publications()).extracting(RuleSetStore.Publication::publishedBy).containsExactly("admin", "admin");
        assertThat(restarted.active()).map(RuleSetVersion::id).contains(second.id());
        assertThat(restarted.generation()).isEqualTo(2);
    }

    @Test
    void shouldStoreTheSameFilesOnceAndGiveThemBackByteForByte() {
        RuleSetStore store = open();
        RuleSetStore.Saved saved = store.store(files("same"), "author", Map.of("note", List.of("x", "y")));
        RuleSetStore.Saved again = store.store(files("same"), "someone else", Map.of());

        assertThat(saved.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.version()).isEqualTo(saved.version());
        assertThat(store.files(saved.version()).sha256()).isEqualTo(saved.version().sha256());
        assertThat(new String(store.files(saved.version()).files().get("a.drl"))).isEqualTo("same");
        assertThat(saved.version().files()).containsExactly("a.drl", "b.drl");
        assertThat(store.annotation(saved.version(), "note", List.class)).contains(List.of("x", "y"));
        assertThat(store.annotation(saved.version(), "missing", List.class)).isEmpty();
        assertThat(store.find(saved.version().id())).contains(saved.version());
        assertThat(store.find(saved.version().sha256())).contains(saved.version());
        assertThat(store.find("000000000000")).isEmpty();
        assertThat(store.find("not an id")).isEmpty();
    }

    @Test
    void shouldListNewestFirst() throws Exception {
        RuleSetStore store = open();
        RuleSetVersion older = save(store, "older");
        Thread.sleep(5);
        RuleSetVersion newer = save(store, "newer");

        assertThat(store.list()).extracting(RuleSetVersion::id).containsExactly(newer.id(), older.id());
    }

    @Test
    void shouldRefuseAPublicationOverAStateThatChangedAndChangeNothing() {
        RuleSetStore store = open();
        RuleSetVersion first = save(store, "first");
        RuleSetVersion second = save(store, "second");
        store.markActive(first, 0, "admin");
        long seen = store.generation();
        store.markActive(first, seen, "admin"); // someone published meanwhile

        assertThatThrownBy(() -> store.markActive(second, seen, "admin")).isInstanceOf(ConcurrentPublicationException.class)
                .hasMessageContaining(second.id()).hasMessageContaining("now active: " + first.id());
        assertThat(store.active()).map(RuleSetVersion::id).contains(first.id());
        assertThat(store.wasPublished(second.sha256())).isFalse();
        assertThat(store.generation()).isEqualTo(seen + 1);
    }

    @Test
    void shouldLetExactlyOneOfTwoSimultaneousPublicationsWin() throws Exception {
        RuleSetStore store = open();
        RuleSetVersion base = save(store, "base");
        store.markActive(base, 0, "admin");
        long seen = store.generation();
        List<RuleSetVersion> candidates = List.of(save(store, "left"), save(store, "right"));
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Boolean>> publications = new ArrayList<>();
        for (RuleSetVersion candidate : candidates) {
            publications.add(CompletableFuture.supplyAsync(() -> {
                try {
                    together.await();
                    store.markActive(candidate, seen, "admin");
                    return true;
                } catch (ConcurrentPublicationException e) {
                    return false;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        List<Boolean> won = publications.stream().map(CompletableFuture::join).toList();

        assertThat(won).containsExactlyInAnyOrder(true, false);
        RuleSetVersion winner = candidates.get(won.indexOf(true));
        assertThat(store.active()).map(RuleSetVersion::id).contains(winner.id());
        assertThat(store.publications()).extracting(RuleSetStore.Publication::id).containsExactly(base.id(), winner.id());
    }
}
