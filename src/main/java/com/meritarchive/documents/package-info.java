/**
 * Documents a decision sends out: public notices (公示) and filings (备案/移送) per recipient, routed
 * by the rule set, as the API's zip and on the 公示与备案 page.
 */
package com.meritarchive.documents;
