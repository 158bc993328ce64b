/**
 * The request vocabulary: the codes a request may use, the subject key, and reading and checking
 * every request body (decisions, simulations, scenario cases) into typed input, each problem at its
 * JSON pointer; and the pages' Chinese for what is wrong with a request or a chosen dataset file
 * ({@link com.meritarchive.request.CheckText}, {@link com.meritarchive.request.DatasetFile}).
 */
package com.meritarchive.request;
