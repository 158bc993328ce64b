/**
 * Rule sets as the engine needs them: the files of a version, compiling them into a KieBase with
 * every error located at its cell or line, the store of versions under the data dir, and the
 * active and cached compiled versions decisions resolve.
 */
package com.meritarchive.ruleset;
