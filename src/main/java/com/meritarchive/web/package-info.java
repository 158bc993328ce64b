/**
 * Web plumbing shared by every feature's pages and endpoints: the {@link com.meritarchive.web.PageController}
 * stereotype, login and "denied" pages, Chinese error pages, and file downloads. Pages themselves
 * live with their feature.
 */
package com.meritarchive.web;
