/** What-if simulation: two rule-set versions decide the same dataset, or a recorded decision is replayed with another version, and the difference is shown per code and per person (a quarter's warnings beside its outcomes), over the API and on the simulation page. */
package com.meritarchive.simulation;
