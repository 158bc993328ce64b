package com.meritarchive.decision.fact;

/** The quarter a quarterly decision is made for; {@code index} numbers quarters as {@link ArchiveRecord#quarterIndex()}. */
public record DecisionQuarter(int year, int quarter) {

    public int index() {
        return ArchiveRecord.indexOf(year, quarter);
    }
}
