/** Plumbing that knows no feature: configuration, security, request limits, POI limits and the problem+json mechanism features plug their errors into. */
package com.meritarchive.system;
