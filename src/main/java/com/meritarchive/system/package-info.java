/**
 * Plumbing that knows no feature: how the jar launches, configuration, security, request and memory limits, refusals
 * that close their connection, POI limits, the time budget of unpublished rules and the
 * problem+json mechanism features plug their errors into.
 */
package com.meritarchive.system;
