package com.meritarchive.request;

/**
 * What a simulation decides with two rule sets: a year-end request, a quarterly one, or both
 * (the HR system's own bodies, checked as the decision endpoints check them).
 */
public record Dataset(AnnualRequest annual, QuarterlyRequest quarterly) {

    public static Dataset annual(AnnualRequest request) {
        return new Dataset(request, null);
    }

    public static Dataset quarterly(QuarterlyRequest request) {
        return new Dataset(null, request);
    }
}
