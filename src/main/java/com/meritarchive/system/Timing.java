package com.meritarchive.system;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;

/** Times a piece of work as a Micrometer timer tagged {@code outcome} = {@code success} or {@code failure} (it threw). */
public final class Timing {

    private Timing() {
    }

    public static <T> T time(MeterRegistry meters, String name, String description, Supplier<T> work) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "failure";
        try {
            T result = work.get();
            outcome = "success";
            return result;
        } finally {
            sample.stop(Timer.builder(name).description(description).tag("outcome", outcome).register(meters));
        }
    }
}
