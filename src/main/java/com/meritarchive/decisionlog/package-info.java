/** The decision record: every decision the service gives, stored durably before it is answered, read back, deleted and expired. */
package com.meritarchive.decisionlog;
