/**
 * Documents a decision sends out: public notices (公示) and filings (备案/移送) per recipient, routed
 * by the rule set, and a quarter's warning lists (预警名单) per unit, as the API's zip and on the
 * 公示与备案 and 预警名单 pages.
 */
package com.meritarchive.documents;
