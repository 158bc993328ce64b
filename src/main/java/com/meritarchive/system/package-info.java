/** Cross-cutting plumbing: configuration, security, request limits and problem+json errors. */
package com.meritarchive.system;
