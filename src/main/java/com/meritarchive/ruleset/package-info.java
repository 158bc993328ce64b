/**
 * Rule sets as the engine needs them: the files of a version, compiling them into a KieBase with
 * every error located at its cell or line (and keeping what was compiled on disk, so that a
 * restart does not compile again), the store of versions under the data dir, the active
 * and cached compiled versions decisions resolve, and what one version changes compared with
 * another (workbook cells by clause and label, DRL lines).
 */
package com.meritarchive.ruleset;
