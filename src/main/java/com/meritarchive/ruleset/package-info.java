/** Rule sets: reading the rule folders, compiling them into a KieBase and locating errors in them. */
package com.meritarchive.ruleset;
