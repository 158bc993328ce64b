/** Documents a decision sends out: public notices (公示) and filings (备案/移送) per recipient, routed by the rule set. */
package com.meritarchive.documents;
