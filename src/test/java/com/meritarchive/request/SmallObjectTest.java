package com.meritarchive.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link SmallObject} behaves as the {@link LinkedHashMap} Jackson's objects otherwise hold, below and past its arrays. */
class SmallObjectTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @ParameterizedTest(name = "{0} names")
    @ValueSource(ints = {1, 9, SmallObject.ARRAYS_UP_TO, SmallObject.ARRAYS_UP_TO + 1, 200})
    void shouldAnswerAsALinkedHashMapDoes(int names) throws Exception {
        Random random = new Random(names);
        SmallObject small = new SmallObject();
        Map<String, JsonNode> reference = new LinkedHashMap<>();
        for (int step = 0; step < 20 * names; step++) {
            String name = new String("f" + random.nextInt(names)); // not the interned instance: equals must be used
            JsonNode value = NODES.numberNode(step);
            switch (random.nextInt(4)) {
                case 0 -> assertThat(small.remove(name)).isEqualTo(reference.remove(name));
                default -> assertThat(small.put(name, value)).isEqualTo(reference.put(name, value));
            }
            assertThat(small.get(name)).isEqualTo(reference.get(name));
            assertThat(small.containsKey(name)).isEqualTo(reference.containsKey(name));
            assertThat(small.size()).isEqualTo(reference.size());
        }
        assertThat(new ArrayList<>(small.keySet())).isEqualTo(new ArrayList<>(reference.keySet()));
        assertThat(new ArrayList<>(small.entrySet())).isEqualTo(new ArrayList<>(reference.entrySet()));
        assertThat(small).isEqualTo(reference);

        ObjectNode node = new ObjectNode(NODES, small);
        ObjectNode plain = new ObjectNode(NODES, new LinkedHashMap<>(reference));
        assertThat(node).isEqualTo(plain);
        assertThat(new ObjectMapper().writeValueAsString(node)).isEqualTo(new ObjectMapper().writeValueAsString(plain));
        List<String> fieldNames = new ArrayList<>();
        node.fieldNames().forEachRemaining(fieldNames::add);
        assertThat(fieldNames).isEqualTo(new ArrayList<>(reference.keySet()));
        small.clear();
        assertThat(small).isEmpty();
        assertThat(small.get("f0")).isNull();
    }
}
