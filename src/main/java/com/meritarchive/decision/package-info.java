/** Decisions: the HTTP endpoints the HR system calls, their request checks, and running the rules on them. */
package com.meritarchive.decision;
