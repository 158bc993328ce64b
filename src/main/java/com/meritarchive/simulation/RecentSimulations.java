package com.meritarchive.simulation;

import com.meritarchive.web.PageNotFoundException;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The last few simulations of one login, so that the xlsx report of a result on screen can be
 * downloaded without sending the dataset again. Bounded, and gone when the session ends.
 */
final class RecentSimulations {

    private static final String ATTRIBUTE = RecentSimulations.class.getName();
    private static final int KEPT = 3;

    private final Map<String, Simulation> byKey = new LinkedHashMap<>(4, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Simulation> eldest) {
            return size() > KEPT;
        }
    };

    static RecentSimulations of(HttpSession session) {
        synchronized (session) {
            RecentSimulations recent = (RecentSimulations) session.getAttribute(ATTRIBUTE);
            if (recent == null) {
                recent = new RecentSimulations();
                session.setAttribute(ATTRIBUTE, recent);
            }
            return recent;
        }
    }

    synchronized String keep(Simulation simulation) {
        String key = UUID.randomUUID().toString();
        byKey.put(key, simulation);
        return key;
    }

    synchronized Simulation find(String key) {
        Simulation simulation = byKey.get(key);
        if (simulation == null) {
            throw new PageNotFoundException("这次模拟的结果已不在（只保留最近 " + KEPT + " 次），请重新模拟。");
        }
        return simulation;
    }
}
