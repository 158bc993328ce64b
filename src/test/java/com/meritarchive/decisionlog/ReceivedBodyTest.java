package com.meritarchive.decisionlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A large body sealed while it is read gives the sha256 and the frames of the whole body, however
 * its reader reads it and wherever it stops; reading waits when sealing falls behind; a body whose
 * reading fails is read to its end and nothing of it is sealed.
 */
class ReceivedBodyTest {

    private final ExecutorService sealers = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        sealers.shutdownNow();
    }

    @Test
    void shouldSealWhatItsReaderReadsAsTheWholeBodyWouldBe() throws Exception {
        Random random = new Random(11);
        for (int size : new int[] {Compression.SLICE + 1, 2 * Compression.SLICE, 2 * Compression.SLICE + 700_001}) {
            byte[] body = json(size, random);
            for (int chunk : new int[] {1, 8192, 3_000_001}) {
                for (int stopAt : new int[] {body.length, body.length / 3}) {
                    SealingStream sealing = new SealingStream(new ByteArrayInputStream(body), body.length, sealers);
                    ReceivedBody received = ReceivedBody.sealedWhileRead(sealing);
                    byte[] read = received.read(stream -> readUpTo(stream, stopAt, chunk));
                    assertThat(read).as("the reader reads the body as sent").isEqualTo(Arrays.copyOf(body, stopAt));
                    SealingStream.Sealed sealed = received.takeSealed().get(30, TimeUnit.SECONDS);
                    String where = body.length + " bytes, read " + chunk + " at a time up to " + stopAt;
                    assertThat(sealed.sha256()).as(where).isEqualTo(DecisionEntry.sha256(body));
                    assertThat(sealed.compressed()).as(where).isEqualTo(Compression.compress(body));
                    assertThat(received.takeWhole()).as("nothing kept as received").isNull();
                }
            }
        }
    }

    @Test
    void shouldMakeTheReaderWaitWhileThreeSlicesAreBeingSealed() throws Exception {
        byte[] body = json(5 * Compression.SLICE + 10, new Random(3));
        BlockingQueue<Runnable> handed = new LinkedBlockingQueue<>();
        ByteArrayInputStream sent = new ByteArrayInputStream(body);
        ReceivedBody received = ReceivedBody.sealedWhileRead(new SealingStream(sent, body.length, handed::add));
        CompletableFuture<byte[]> reading = CompletableFuture.supplyAsync(() -> {
            try {
                return received.read(InputStream::readAllBytes);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, sealers);
        long deadline = System.currentTimeMillis() + 10_000;
        while (body.length - sent.available() < SealingStream.SLICES * Compression.SLICE
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(200);
        assertThat(body.length - sent.available()).as("three slices read, and what the reader read last")
                .isBetween(SealingStream.SLICES * Compression.SLICE, SealingStream.SLICES * Compression.SLICE + 65_536);
        assertThat(handed).as("the first slice handed to a sealer, the next two waiting for it").hasSize(1);
        assertThat(reading).as("the reader waits for a slice").isNotDone();

        while (!reading.isDone() && System.currentTimeMillis() < deadline + 20_000) {
            Runnable next = handed.poll(10, TimeUnit.MILLISECONDS);
            if (next != null) {
                next.run();
            }
        }
        assertThat(reading.get()).isEqualTo(body);
        CompletableFuture<SealingStream.Sealed> sealed = received.takeSealed();
        for (Runnable last; !sealed.isDone() && (last = handed.poll(1, TimeUnit.SECONDS)) != null; ) {
            last.run();
        }
        assertThat(sealed.get(1, TimeUnit.SECONDS).sha256()).isEqualTo(DecisionEntry.sha256(body));
    }

    @Test
    void shouldReadTheRestOfABodyWhoseReadingFailedAndSealNothing() throws Exception {
        byte[] body = json(2 * Compression.SLICE + 5, new Random(5));
        ByteArrayInputStream sent = new ByteArrayInputStream(body);
        List<Runnable> handed = new ArrayList<>();
        ReceivedBody received = ReceivedBody.sealedWhileRead(new SealingStream(sent, body.length, handed::add));
        assertThatThrownBy(() -> received.read(stream -> {
            stream.readNBytes(Compression.SLICE + 100);
            throw new IOException("not JSON");
        })).hasMessage("not JSON");
        assertThat(sent.available()).as("read to its end").isZero();
        assertThat(received.takeSealed()).isNull();
        assertThat(handed).as("the one full slice, handed before the failure").hasSize(1);
        assertThatThrownBy(() -> received.read(InputStream::readAllBytes)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldKeepASmallBodyAsReceived() throws Exception {
        byte[] body = "{\"year\":2017}  ".getBytes(StandardCharsets.UTF_8);
        ReceivedBody received = ReceivedBody.readWhole(new ByteArrayInputStream(body), body.length);
        assertThat(received.read(InputStream::readAllBytes)).isEqualTo(body);
        assertThat(received.takeWhole()).isEqualTo(body);
        assertThat(received.takeSealed()).isNull();
        ReceivedBody chunked = ReceivedBody.readWhole(new ByteArrayInputStream(body), -1);
        assertThat(chunked.takeWhole()).isEqualTo(body);
    }

    /** Reads {@code upTo} bytes, {@code chunk} at a time (a chunk of 1 with {@link InputStream#read()}). */
    private static byte[] readUpTo(InputStream stream, int upTo, int chunk) throws IOException {
        byte[] read = new byte[upTo];
        int at = 0;
        while (at < upTo) {
            if (chunk == 1) {
                read[at++] = (byte) stream.read();
                continue;
            }
            int n = stream.read(read, at, Math.min(chunk, upTo - at));
            if (n < 0) {
                break;
            }
            at += n;
        }
        return read;
    }

    private static byte[] json(int size, Random random) {
        StringBuilder json = new StringBuilder(size + 64).append("{\"cadres\":[");
        while (json.length() < size) {
            json.append("{\"id\":\"C").append(random.nextInt(100_000)).append("\",\"name\":\"干部")
                    .append(random.nextInt(900)).append("\"},");
        }
        return json.substring(0, size).getBytes(StandardCharsets.UTF_8);
    }
}
