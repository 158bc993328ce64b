/**
 * The request vocabulary: the codes a request may use, the subject key, and reading and checking
 * every request body (decisions, simulations, scenario cases) into typed input, each problem at its
 * JSON pointer.
 */
package com.meritarchive.request;
