package com.meritarchive.request;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The members of one JSON object of a request element, in the order read, for
 * {@link com.fasterxml.jackson.databind.node.ObjectNode}'s map: two arrays searched in order instead
 * of a {@link LinkedHashMap}'s table and an entry per member. A province's 350,000 elements of about
 * nine members each made some 130 MB of garbage per request that way. Member names come from the
 * parser's symbol table, interned, so that a lookup mostly compares references. An object with
 * more than {@link #ARRAYS_UP_TO} members (no element of a valid request has) moves to a
 * {@link LinkedHashMap}, so that a hostile object of 100,000 keys is not searched in square time.
 */
final class SmallObject extends AbstractMap<String, JsonNode> {

    static final int ARRAYS_UP_TO = 16;

    private String[] names = new String[ARRAYS_UP_TO];
    private JsonNode[] values = new JsonNode[ARRAYS_UP_TO];
    private int size;
    private Map<String, JsonNode> large;

    @Override
    public int size() {
        return large != null ? large.size() : size;
    }

    @Override
    public JsonNode get(Object name) {
        if (large != null) {
            return large.get(name);
        }
        int at = indexOf(name);
        return at < 0 ? null : values[at];
    }

    @Override
    public boolean containsKey(Object name) {
        return large != null ? large.containsKey(name) : indexOf(name) >= 0;
    }

    @Override
    public JsonNode put(String name, JsonNode value) {
        if (large != null) {
            return large.put(name, value);
        }
        int at = indexOf(name);
        if (at >= 0) {
            JsonNode old = values[at];
            values[at] = value;
            return old;
        }
        if (size == ARRAYS_UP_TO) {
            large = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                large.put(names[i], values[i]);
            }
            names = null;
            values = null;
            return large.put(name, value);
        }
        names[size] = name;
        values[size++] = value;
        return null;
    }

    @Override
    public JsonNode remove(Object name) {
        if (large != null) {
            return large.remove(name);
        }
        int at = indexOf(name);
        if (at < 0) {
            return null;
        }
        JsonNode old = values[at];
        System.arraycopy(names, at + 1, names, at, size - at - 1);
        System.arraycopy(values, at + 1, values, at, size - at - 1);
        size--;
        names[size] = null;
        values[size] = null;
        return old;
    }

    @Override
    public void clear() {
        if (large != null) {
            large.clear();
        } else {
            Arrays.fill(names, null);
            Arrays.fill(values, null);
            size = 0;
        }
    }

    @Override
    public Set<String> keySet() {
        return large != null ? large.keySet() : new AbstractSet<>() {
            @Override
            public Iterator<String> iterator() {
                return new Members<>() {
                    @Override
                    String at(int i) {
                        return names[i];
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    @Override
    public Set<Entry<String, JsonNode>> entrySet() {
        return large != null ? large.entrySet() : new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, JsonNode>> iterator() {
                return new Members<>() {
                    @Override
                    Entry<String, JsonNode> at(int i) {
                        return new SimpleImmutableEntry<>(names[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    private int indexOf(Object name) {
        for (int i = 0; i < size; i++) {
            if (names[i] == name) {
                return i;
            }
        }
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The members in order, read-only. */
    private abstract class Members<T> implements Iterator<T> {

        private int next;

        abstract T at(int i);

        @Override
        public boolean hasNext() {
            return next < size;
        }

        @Override
        public T next() {
            if (next >= size) {
                throw new NoSuchElementException();
            }
            return at(next++);
        }
    }
}
