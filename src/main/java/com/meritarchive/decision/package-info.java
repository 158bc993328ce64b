/** Decisions: the HTTP endpoints the HR system calls, building facts from checked requests, running the rules on them, and shaping the answers. */
package com.meritarchive.decision;
