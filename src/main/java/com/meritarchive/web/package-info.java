/**
 * Web plumbing shared by every feature's pages and endpoints: the {@link com.meritarchive.web.PageController}
 * stereotype, login and "denied" pages, Chinese error pages, file downloads, and the
 * last few results a session has on screen ({@link com.meritarchive.web.RecentResults}). Pages themselves
 * live with their feature.
 */
package com.meritarchive.web;
