package com.meritarchive.request;

/**
 * What a simulation decides with two rule sets: a year-end request, a quarterly one, or both
 * (the HR system's own bodies, checked as the decision endpoints check them). A body's dataset
 * ({@link RequestReader#simulation}) keeps each request's names in {@code annualNames} and
 * {@code quarterlyNames}, not in its units and cadres; a dataset file's or a recorded decision's
 * has them there, and these are null.
 */
public record Dataset(AnnualRequest annual, QuarterlyRequest quarterly, PeopleNames annualNames, PeopleNames quarterlyNames) {

    public Dataset(AnnualRequest annual, QuarterlyRequest quarterly) {
        this(annual, quarterly, null, null);
    }

    public static Dataset annual(AnnualRequest request) {
        return new Dataset(request, null);
    }

    public static Dataset quarterly(QuarterlyRequest request) {
        return new Dataset(null, request);
    }
}
