/** Test scenarios written by policy staff in a workbook, run on every uploaded version before it may be published. */
package com.meritarchive.scenario;
