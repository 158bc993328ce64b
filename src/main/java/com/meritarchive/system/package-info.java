/** Plumbing that knows no feature: configuration, security, request limits, POI limits, the time budget of unpublished rules and the problem+json mechanism features plug their errors into. */
package com.meritarchive.system;
