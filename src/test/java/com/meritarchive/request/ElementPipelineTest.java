package com.meritarchive.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A large array's elements are checked on another thread while the parser reads on: what a reader
 * sees (typed input, problems and their order, exceptions) is what one thread alone gives.
 */
class ElementPipelineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Hands over after 100 elements, so that a few thousand make many batches. */
    private static final ElementPipeline EARLY = new ElementPipeline(100);

    /** Never hands over: the reference. */
    private static final ElementPipeline INLINE = new ElementPipeline(Integer.MAX_VALUE);

    private static final int CADRES = 3_000;
    private static final int RECORDS = ElementPipeline.INLINE_ELEMENTS + 3_000;

    @AfterEach
    void noChecksLeftRunning() {
        assertThat(ElementPipeline.running()).isZero();
    }

    private static String cadre(int i) {
        return "{'id':'C" + i + "','name':'干部" + i + "','unitId':'U" + (i % 20) + "','managedBy':'ORG_DEPT'}";
    }

    private static String record(int i) {
        return "{'id':'r" + i + "','subjectType':'CADRE','subjectId':'C" + (i % CADRES) + "','type':'PERFORMANCE',"
                + "'year':2017,'quarter':" + (1 + i % 4) + ",'indicator':'GDP" + (i % 7) + "'}";
    }

    /** A province in small: 20 units, {@link #CADRES} cadres, {@link #RECORDS} records, all valid. */
    private static String valid() {
        return body(IntStream.range(0, CADRES).mapToObj(ElementPipelineTest::cadre).toList(),
                IntStream.range(0, RECORDS).mapToObj(ElementPipelineTest::record).toList());
    }

    /**
     * The same with problems scattered over both arrays, before and far beyond every threshold:
     * invalid fields, unknown fields, keys twice in one element (also in a nested value), elements
     * that are not objects, unknown subjects and duplicate ids.
     */
    private static String invalid() {
        List<String> cadres = new ArrayList<>(IntStream.range(0, CADRES).mapToObj(ElementPipelineTest::cadre).toList());
        cadres.set(7, cadres.get(7).replace("'ORG_DEPT'", "'NOBODY'"));
        cadres.set(150, cadres.get(150).replace("'unitId':'U10'", "'unitId':'U404'"));
        cadres.set(2_999, cadres.get(2_999).replace("'name'", "'nickname'"));
        cadres.set(1_234, "'C1234'");
        List<String> records = new ArrayList<>(IntStream.range(0, RECORDS).mapToObj(ElementPipelineTest::record).toList());
        for (int i = 50; i < RECORDS; i += 997) {
            records.set(i, records.get(i).replaceFirst("'quarter':\\d", "'quarter':5"));
        }
        records.set(99, records.get(99).replace("'year':2017", "'year':2017,'year':2016"));
        records.set(2_500, records.get(2_500).replace("}", ",'colour':'red'}"));
        records.set(RECORDS - 10, records.get(RECORDS - 10).replace("'type'", "'type':'TRACE','type'"));
        records.set(RECORDS - 9, records.get(RECORDS - 9).replace("}", ",'note':{'a':1,'a':2}}"));
        records.set(RECORDS - 5, records.get(RECORDS - 5).replace("'subjectId':'C", "'subjectId':'X"));
        records.set(RECORDS - 2, record(3));
        records.set(ElementPipeline.INLINE_ELEMENTS + 1, "[]");
        records.set(RECORDS - 1, "null");
        return body(cadres, records);
    }

    private static String body(List<String> cadres, List<String> records) {
        String units = String.join(",", IntStream.range(0, 20)
                .mapToObj(i -> "{'id':'U" + i + "','name':'单位" + i + "','kind':'STATIONED'}").toList());
        return ("{'year':2017,'units':[" + units + "],'cadres':[" + String.join(",", cadres) + "],'records':["
                + String.join(",", records) + "]}").replace('\'', '"');
    }

    private static AnnualRequest annual(byte[] body, ElementPipeline pipeline) throws Exception {
        return JsonBodies.stream(new ByteArrayInputStream(body), parser -> RequestChecks.annual(JsonSource.of(parser, pipeline)));
    }

    private static AnnualRequest annual(String body, ElementPipeline pipeline) throws Exception {
        return annual(body.getBytes(StandardCharsets.UTF_8), pipeline);
    }

    private static List<String> problems(String body, ElementPipeline pipeline) throws Exception {
        try {
            annual(body, pipeline);
        } catch (InvalidRequestException e) {
            return e.errors().stream().map(f -> f.pointer() + " " + f.message()).toList();
        }
        throw new AssertionError("The request was accepted");
    }

    @Test
    void shouldCheckALargeRequestExactlyAsOneThreadAndAsATree() throws Exception {
        String body = valid();

        AnnualRequest inline = annual(body, INLINE);

        assertThat(inline.records()).hasSize(RECORDS);
        assertThat(annual(body, EARLY)).isEqualTo(inline);
        assertThat(annual(body, ElementPipeline.DEFAULT)).isEqualTo(inline);
        assertThat(RequestChecks.annual(JSON.readTree(body))).isEqualTo(inline);
    }

    @Test
    void shouldReportTheSameProblemsInTheSameOrderAsOneThread() throws Exception {
        String body = invalid();

        List<String> inline = problems(body, INLINE);

        assertThat(problems(body, EARLY)).isEqualTo(inline);
        assertThat(problems(body, ElementPipeline.DEFAULT)).isEqualTo(inline);
        int last = RECORDS - 1;
        int past = ElementPipeline.INLINE_ELEMENTS + 1;
        assertThat(inline.stream().map(problem -> problem.substring(0, problem.indexOf(' ')))).contains(
                "/records/99/year", "/records/" + (last - 9) + "/type", "/records/" + (last - 8) + "/note/a",
                "/records/" + (last - 8) + "/note", "/records/2500/colour", "/records/" + past, "/records/" + last,
                "/records/" + (last - 4) + "/subjectId", "/records/" + (last - 1) + "/id", "/cadres/7/managedBy",
                "/cadres/150/unitId", "/cadres/1234", "/cadres/2999/nickname", "/cadres/2999/name");
        assertThat(inline).filteredOn(p -> p.endsWith("must be between 1 and 4, was 5")).hasSize((RECORDS - 50 + 996) / 997);
    }

    @Test
    void shouldStillRefuseMalformedJsonAfterTheHandOverAsMalformed() {
        // invalid fields come before the malformed element: malformed JSON (400) still wins
        String broken = invalid().replace("{\"id\":\"r5000\"", "{\"id\":\"r5000\" \"oops\"");

        assertThatThrownBy(() -> annual(broken, EARLY)).isInstanceOf(JsonProcessingException.class);
        assertThat(ElementPipeline.running()).isZero();
        assertThatThrownBy(() -> annual(broken, ElementPipeline.DEFAULT)).isInstanceOf(JsonProcessingException.class);
        assertThat(ElementPipeline.running()).isZero();
        assertThatThrownBy(() -> annual(valid().substring(0, valid().length() / 2), EARLY))
                .isInstanceOf(JsonProcessingException.class);
        assertThat(ElementPipeline.running()).isZero();
    }

    @Test
    void shouldStillRefuseBytesThatAreNotUtf8AfterTheHandOver() throws Exception {
        byte[] body = valid().getBytes(StandardCharsets.UTF_8);
        int at = valid().indexOf("GDP", valid().indexOf("\"r5000\""));
        ByteArrayOutputStream overlong = new ByteArrayOutputStream();
        overlong.write(body, 0, at);
        overlong.write(new byte[] {(byte) 0xC0, (byte) 0x80});
        overlong.write(body, at, body.length - at);

        assertThatThrownBy(() -> annual(overlong.toByteArray(), EARLY)).isInstanceOf(JsonProcessingException.class);
        assertThat(ElementPipeline.running()).isZero();
    }

    @Test
    void shouldHandEveryElementOverOnceInOrderAndThrowAHandlersExceptionAsItIs() throws Exception {
        IllegalStateException failure = new IllegalStateException("a bug in a check");
        List<Integer> seen = new ArrayList<>();
        List<String> threads = new ArrayList<>();
        BiConsumer<JsonNode, Integer> handler = (node, index) -> {
            seen.add(index);
            threads.add(Thread.currentThread().getName());
            if (index == 2_500) {
                throw failure;
            }
        };

        assertThatThrownBy(() -> read(valid(), Map.of("records", handler))).isSameAs(failure);
        assertThat(ElementPipeline.running()).isZero();
        assertThat(seen).isEqualTo(IntStream.rangeClosed(0, 2_500).boxed().toList());
        assertThat(threads.get(99)).isEqualTo(Thread.currentThread().getName());
        assertThat(threads.get(2_500)).startsWith("request-check-");
    }

    @Test
    void shouldThrowAHandlersExceptionBeforeMalformedJsonFurtherOn() {
        IllegalStateException failure = new IllegalStateException("a bug in a check");
        String broken = valid().replace("{\"id\":\"r2600\"", "{\"id\":\"r2600\" \"oops\"");

        // one thread would have failed on element 2,550 before reaching the malformed 2,600
        assertThatThrownBy(() -> read(broken, Map.of("records", (node, index) -> {
            if (index == 2_550) {
                throw failure;
            }
        }))).isSameAs(failure);
        assertThat(ElementPipeline.running()).isZero();
        assertThatThrownBy(() -> read(broken, Map.of("records", (node, index) -> {
            if (index == 2_650) {
                throw failure;
            }
        }))).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void shouldStopTheChecksAndKeepTheInterruptWhenTheReaderIsInterrupted() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> annual(valid(), EARLY)).isInstanceOf(InterruptedIOException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
            assertThat(ElementPipeline.running()).isZero();
        } finally {
            Thread.interrupted();
        }
    }

    private static JsonSource.TopLevel read(String body, Map<String, BiConsumer<JsonNode, Integer>> arrays) throws Exception {
        return JsonBodies.stream(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
                parser -> JsonSource.of(parser, EARLY).read(Shape.ANNUAL, arrays));
    }

    @Test
    void shouldGiveWhatWorkBesideTheCallerReturnedAndCountItOnlyWhileItRuns() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.function.Supplier<String> answer = ElementPipeline.beside(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Thread.currentThread().getName();
        });

        assertThat(ElementPipeline.running()).isEqualTo(1);
        release.countDown();
        assertThat(answer.get()).startsWith("request-check-");
        assertThat(ElementPipeline.running()).isZero();
    }

    @Test
    void shouldThrowWhatWorkBesideTheCallerThrewAsItself() {
        java.util.function.Supplier<Object> failed = ElementPipeline.beside(() -> {
            throw new IllegalStateException("checked beside");
        });

        assertThatThrownBy(failed::get).isInstanceOf(IllegalStateException.class).hasMessage("checked beside");
        assertThat(ElementPipeline.running()).isZero();
    }
}
