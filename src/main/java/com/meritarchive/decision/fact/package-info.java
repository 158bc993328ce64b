/** Facts the rules match on: built by Java from a request, derived and decided by the DRL and decision tables. */
package com.meritarchive.decision.fact;
