package com.meritarchive.testing;

import com.meritarchive.request.AnnualRequest;
import com.meritarchive.request.CadreInput;
import com.meritarchive.request.RecordInput;
import com.meritarchive.request.UnitInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded county's year-end request, dense enough for every kind of year-end outcome: 800 cadres in
 * 40 units (10 stationed), 0-6 records each over 2016 Q4 - 2017 Q4, some cancelled. The tests that
 * hold two ways of deciding to the same answer decide it both ways.
 */
public final class SeededCounty {

    public static final int YEAR = 2017;

    private SeededCounty() {
    }

    public static AnnualRequest annual(Random random) {
        List<UnitInput> units = new ArrayList<>();
        for (int u = 1; u <= 40; u++) {
            units.add(new UnitInput(String.format("U%02d", u), "unit " + u, u <= 10 ? "STATIONED" : "COUNTY"));
        }
        List<CadreInput> cadres = new ArrayList<>();
        for (int c = 1; c <= 800; c++) {
            cadres.add(new CadreInput(String.format("C%04d", c), "cadre " + c, units.get(c % units.size()).id(),
                    c % 3 == 0 ? "HR_BUREAU" : "ORG_DEPT"));
        }
        List<RecordInput> records = new ArrayList<>();
        List<String[]> subjects = new ArrayList<>();
        cadres.forEach(cadre -> subjects.add(new String[] {"CADRE", cadre.id()}));
        units.forEach(unit -> subjects.add(new String[] {"UNIT", unit.id()}));
        for (String[] subject : subjects) {
            int count = random.nextInt(7);
            for (int r = 0; r < count; r++) {
                int slot = random.nextInt(5); // 2016 Q4, 2017 Q1-Q4
                records.add(new RecordInput(subject[1] + "-" + r, subject[0], subject[1],
                        random.nextInt(3) == 0 ? "PROBLEM_TRACE" : "PERFORMANCE", slot == 0 ? YEAR - 1 : YEAR,
                        slot == 0 ? 4 : slot, null, "I" + random.nextInt(4), random.nextInt(6) == 0 ? "CANCELLED" : "ACTIVE"));
            }
        }
        return new AnnualRequest(YEAR, units, cadres, records);
    }
}
