package com.meritarchive.ruleset;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.stereotype.Component;

/**
 * {@code merit.ruleset.active{id}}: 1 for the version this replica decides with, 0 for the versions
 * it decided with before, so that a dashboard sees which replica follows which publication. A listener
 * bean rather than {@code @EventListener}: the first activation happens while the beans are still
 * being created, before annotated listeners are registered.
 */
@Component
class ActiveRuleSetGauge implements ApplicationListener<PayloadApplicationEvent<RuleSetActivated>> {

    static final String METER = "merit.ruleset.active";

    private final MeterRegistry meters;
    private final Map<String, AtomicInteger> versions = new ConcurrentHashMap<>();

    ActiveRuleSetGauge(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void onApplicationEvent(PayloadApplicationEvent<RuleSetActivated> event) {
        RuleSetActivated activated = event.getPayload();
        if (activated.previous() != null) {
            value(activated.previous().id());
        }
        String current = activated.current().id();
        value(current);
        versions.forEach((id, value) -> value.set(id.equals(current) ? 1 : 0));
    }

    private AtomicInteger value(String id) {
        return versions.computeIfAbsent(id, key -> {
            AtomicInteger value = new AtomicInteger();
            Gauge.builder(METER, value, AtomicInteger::get).description("1 for the rule-set version this replica decides with")
                    .tag("id", key).register(meters);
            return value;
        });
    }
}
