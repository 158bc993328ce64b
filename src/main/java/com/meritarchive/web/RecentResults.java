package com.meritarchive.web;

import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The last few results of one kind that a login has on screen (a simulation, a set of documents),
 * each under a random key, so that a file of a result can be downloaded without sending the
 * dataset again. Bounded, and gone when the session ends.
 */
public final class RecentResults<T> {

    /** How many results of each kind a session keeps. */
    public static final int KEPT = 3;

    private final String gone;
    private final Map<String, T> byKey = new LinkedHashMap<>(4, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
            return size() > KEPT;
        }
    };

    private RecentResults(String gone) {
        this.gone = gone;
    }

    /**
     * The session's results of {@code kind}; {@code gone} is the Chinese page shown for a key no
     * longer kept ("这次模拟的结果已不在…").
     */
    @SuppressWarnings("unchecked")
    public static <T> RecentResults<T> of(HttpSession session, Class<T> kind, String gone) {
        String attribute = RecentResults.class.getName() + "." + kind.getName();
        synchronized (session) {
            RecentResults<T> recent = (RecentResults<T>) session.getAttribute(attribute);
            if (recent == null) {
                recent = new RecentResults<>(gone);
                session.setAttribute(attribute, recent);
            }
            return recent;
        }
    }

    public synchronized String keep(T result) {
        String key = UUID.randomUUID().toString();
        byKey.put(key, result);
        return key;
    }

    public synchronized T find(String key) {
        T result = byKey.get(key);
        if (result == null) {
            throw new PageNotFoundException(gone);
        }
        return result;
    }
}
