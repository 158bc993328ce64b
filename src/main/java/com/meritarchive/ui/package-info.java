/** The policy staff's web pages (Simplified Chinese, server-rendered) under {@code /ui}. */
package com.meritarchive.ui;
